package dev.partnertier.engine;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AbstractClassTypeDeclarationDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * What compiling posted DRL would run. Drools runs nothing of a rule file while compiling it, with two exceptions
 * found by this project's tests ({@code PostedRulesAreNeverRunTest}):
 * <ul>
 *   <li>the default value of a field of a declared type ({@code declare X  f : String = expr end}) is worked out by
 *       MVEL, to be written into the generated class;</li>
 *   <li>the value of a rule's or a query's annotation ({@code rule "r" @note( expr )}) is worked out by MVEL, to be
 *       kept as the rule's metadata (Drools' {@code RuleBuilder}).</li>
 * </ul>
 * Posted files are parsed first (parsing runs nothing) and refused when such a value is anything but a plain value.
 */
public final class PostedRuleCheck {

    /** A number, a quoted text, {@code true}, {@code false} or {@code null}: nothing to run. */
    private static final Pattern PLAIN_VALUE = Pattern.compile(
            "-?\\d+(\\.\\d+)?[LlFfDdBbIi]?|\"([^\"\\\\]|\\\\.)*\"|'([^'\\\\]|\\\\.)*'|true|false|null");
    /** A single word, as in {@code @category(performance)}: MVEL finds no variable of that name and keeps the word. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private PostedRuleCheck() {
    }

    /** The reasons not to compile these posted files, each at its file and line; empty when they may be compiled. */
    public static List<RuleProblem> refusals(List<RuleFile> posted) {
        List<RuleProblem> refusals = new ArrayList<>();
        for (RuleFile file : posted) {
            PackageDescr pkg;
            try {
                pkg = new DrlParser().parse(false, file.content());
            } catch (DroolsParserException e) {
                continue; // the compile reports syntax errors with their lines
            }
            if (pkg == null) {
                continue;
            }
            for (AbstractClassTypeDeclarationDescr type : pkg.getClassAndEnumDeclarationDescrs()) {
                for (TypeFieldDescr field : type.getFields().values()) {
                    String value = field.getInitExpr();
                    if (value != null && !PLAIN_VALUE.matcher(value.strip()).matches()) {
                        refusals.add(new RuleProblem("ERROR", file.path(), Math.max(field.getLine(), type.getLine()), 0,
                                "The default value of field '" + field.getFieldName() + "' of declared type '" + type.getTypeName()
                                        + "' must be a plain value (a number, a quoted text, true, false or null). Any other "
                                        + "expression is worked out while the rules compile, and compiling posted rules must "
                                        + "never run them."));
                    }
                }
            }
            for (RuleDescr rule : pkg.getRules()) {
                for (AnnotationDescr annotation : rule.getAnnotations()) {
                    if (!annotation.getValueMap().values().stream().allMatch(PostedRuleCheck::plain)) {
                        refusals.add(new RuleProblem("ERROR", file.path(), lineOf(file.content(), rule.getLine(), "@" + annotation.getName()), 0,
                                "The annotation @" + annotation.getName() + " of " + (rule.isQuery() ? "query" : "rule") + " \""
                                        + rule.getName() + "\" must hold plain values (a quoted text, a number, true, false, "
                                        + "null or one word), as @description(\"...\") does. Any other expression is worked out "
                                        + "while the rules compile, and compiling posted rules must never run them."));
                    }
                }
            }
        }
        return refusals;
    }

    /** The first line from {@code from} on (1-based) that holds {@code text}, or {@code from} when none does. */
    private static int lineOf(String content, int from, String text) {
        String[] lines = content.split("\\R", -1);
        for (int i = Math.max(from, 1) - 1; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        return from;
    }

    /** A value an annotation may hold: plain, one word, or an array or list of those. */
    private static boolean plain(Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof String text) {
            String s = text.strip();
            return PLAIN_VALUE.matcher(s).matches() || WORD.matcher(s).matches();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().allMatch(PostedRuleCheck::plain);
        }
        if (value.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                if (!plain(Array.get(value, i))) {
                    return false;
                }
            }
            return true;
        }
        return false; // a value of a kind not seen here: refused rather than guessed at
    }
}
