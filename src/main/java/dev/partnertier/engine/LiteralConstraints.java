package dev.partnertier.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.Constraint;
import org.drools.base.util.index.ConstraintTypeOperator;
import org.drools.mvel.MVELConstraint;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Constraints comparing a field with a quoted text it can never be, which Drools compiles without a word: a text that
 * names no value of an enum field ({@code market == "MATUR"} is never true, so the rule silently stops firing) and a
 * text that is no number for a number field ({@code total >= "lots"}: MVEL converts the text when the constraint
 * first runs, and the exception surfaces in whichever rule's consequence inserted the fact, another file than the one
 * edited), and a text other than {@code "true"} or {@code "false"} for a field that is true or false ({@code met == "yes"},
 * which Drools reads as {@code met == false}). All are errors at the constraint's line, with a hint. A text that Drools converts ({@code market ==
 * "MATURE"}, {@code total >= "2000"}) runs as Drools runs it, and is left alone; one it does not, {@code "2,000"} or
 * {@code " 2000"}, fails when the rules run, and is an error here.
 */
final class LiteralConstraints {

    /** {@code total >= "lots"}: a field, an operator and a quoted text (group 1) without quotes or escapes in it. */
    private static final Pattern FIELD_OPERATOR_TEXT = Pattern.compile("\\s*[\\w.]+\\s*(?:==|!=|>=|<=|>|<)\\s*\"([^\"\\\\]*)\"\\s*");

    private LiteralConstraints() {
    }

    /**
     * Every such constraint of the compiled rules, as an error at its file, line and column (the rule's line when its
     * text cannot be found).
     *
     * @param catalog the rules by {@link RuleSet#key}, for their files and lines
     * @param files   the DRL files by path
     */
    static List<RuleProblem> check(Collection<KiePackage> packages, Map<String, RuleInfo> catalog, Map<String, RuleFile> files) {
        List<RuleProblem> problems = new ArrayList<>();
        for (KiePackage pkg : packages) {
            for (Rule rule : pkg.getRules()) {
                if (rule instanceof RuleImpl impl) {
                    RuleInfo info = catalog.get(RuleSet.key(pkg.getName(), rule.getName()));
                    check(impl.getLhs(), rule.getName(), info, info == null ? null : files.get(info.file()), problems);
                }
            }
        }
        return problems;
    }

    private static void check(RuleConditionElement element, String name, RuleInfo rule, RuleFile file, List<RuleProblem> problems) {
        if (element instanceof org.drools.base.rule.Pattern pattern) {
            for (Constraint constraint : pattern.getConstraints()) {
                if (!(constraint instanceof MVELConstraint mvel) || mvel.getFieldExtractor() == null) {
                    continue; // a constraint on two facts, or on no one field
                }
                ConstraintTypeOperator operator = mvel.getConstraintType();
                if (operator == null || !operator.isEquality() && !operator.isComparison()) {
                    continue; // matches, contains, memberOf, soundslike, a range...: not a comparison with one value
                }
                String text = quoted(mvel);
                RuleProblem problem = text == null ? null
                        : problem(mvel.getExpression(), text, mvel.getFieldExtractor().getExtractToClass(), operator.isEquality(),
                                name, rule, file);
                if (problem != null) {
                    problems.add(problem);
                }
            }
        }
        for (RuleConditionElement nested : element.getNestedElements()) {
            check(nested, name, rule, file, problems);
        }
    }

    /**
     * The text a constraint compares its field with, or null: as the expression writes it, which is what MVEL converts
     * when the rules run (Drools may keep a value of its own beside it: {@code 2000} for {@code "2,000"}, which MVEL
     * then fails to read); else the constraint's value when it is a text.
     */
    private static String quoted(MVELConstraint constraint) {
        Matcher m = FIELD_OPERATOR_TEXT.matcher(constraint.getExpression());
        if (m.matches()) {
            return m.group(1);
        }
        return constraint.getField() != null && constraint.getField().getValue() instanceof String text ? text : null;
    }

    /**
     * The error for a field of {@code type} compared with {@code text}, or null when the text converts to the type (or an
     * enum is ordered against a text, which is left to Drools).
     */
    private static RuleProblem problem(String expression, String text, Class<?> type, boolean equality, String name, RuleInfo rule,
            RuleFile file) {
        if (type.isEnum() && equality) {
            List<String> values = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            if (values.contains(text)) {
                return null;
            }
            List<String> near = NearestNames.of(text, values);
            Hint hint = near.isEmpty()
                    ? Hint.of("constant.unknown", type.getSimpleName(), text, String.join(", ", values))
                    : Hint.of("constant.unknown.near", type.getSimpleName(), text, String.join(", ", near), String.join(", ", values));
            return at(name, rule, file, expression, "\"" + text + "\"", type.getSimpleName() + " has no value \"" + text
                    + "\", so the condition " + expression + (expression.contains("!=") ? " is always true" : " is never true"), hint);
        }
        if (type == boolean.class || type == Boolean.class) {
            if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                return null;
            }
            String field = expression.strip().split("[\\s=!<>]", 2)[0];
            return at(name, rule, file, expression, "\"" + text + "\"", "the condition " + expression + " compares a field that is"
                    + " true or false with a text, which Drools reads as false: it means "
                    + expression.strip().replace("\"" + text + "\"", "false"), Hint.of("field.boolean", field));
        }
        if (type.isEnum() || !isNumber(type) || converts(text, type)) {
            return null;
        }
        String digits = text.replaceAll("[,\\s\u00a0\u202f]", ""); // "2,000", " 2000": a number once unquoted and unseparated
        Hint hint = !digits.isEmpty() && converts(digits, type) ? Hint.of("number.quotes", "\"" + text + "\"", digits)
                : Hint.of("field.number", expression, text);
        return at(name, rule, file, expression, "\"" + text + "\"", "the condition " + expression
                + " compares a number with a text that is not one, which fails when the rules run", hint);
    }

    private static boolean isNumber(Class<?> type) {
        return type.isPrimitive() ? type != boolean.class && type != char.class : Number.class.isAssignableFrom(type);
    }

    /** Whether MVEL reads the text as a number of the type: whole numbers for whole types, any decimal otherwise. */
    private static boolean converts(String text, Class<?> type) {
        try {
            if (type == double.class || type == float.class || type == Double.class || type == Float.class
                    || type == BigDecimal.class || type == Number.class) {
                new BigDecimal(text);
            } else {
                Long.parseLong(text);
            }
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * The error at the first line of the rule, from its {@code rule} line to its {@code end}, that holds the condition's
     * text (else the quoted text); at the rule's line when neither is found.
     */
    private static RuleProblem at(String name, RuleInfo rule, RuleFile file, String expression, String quoted, String message,
            Hint hint) {
        if (rule == null) { // not in the catalog (a query): named, since no file and line can be
            return new RuleProblem("ERROR", "", 0, 0, "in \"" + name + "\": " + message, hint, false);
        }
        if (file != null) {
            String[] lines = file.content().split("\\R", -1);
            for (int i = Math.max(0, rule.line() - 1); i < lines.length; i++) {
                int column = lines[i].indexOf(expression);
                column = column >= 0 ? column : lines[i].indexOf(quoted);
                if (column >= 0) {
                    return new RuleProblem("ERROR", rule.file(), i + 1, column + 1, message, hint, false);
                }
                if (i > rule.line() - 1 && lines[i].strip().equals("end")) {
                    break;
                }
            }
        }
        return new RuleProblem("ERROR", rule.file(), rule.line(), 0, message, hint, true);
    }
}
