package dev.partnertier.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.partnertier.model.FactTypes;

/**
 * A then part that deletes, updates or modifies a fact of the request ({@code delete( $customers )}), or makes one
 * ({@code insert( new Customers( ... ) )}): Drools runs it, and the partner's answer then counts what it should not,
 * or leaves something out, with no sentence saying why. An error at the call's line when the rules compile; the rules
 * leave a fact out by stating an {@code Exclusion} for it (rules/README.md).
 */
final class RequestFactChanges {

    /** A helper of a then part called on a binding: group 1 the helper, group 2 the binding. */
    private static final Pattern CHANGE = Pattern.compile("(?<![\\w$.])(?:drools\\s*\\.\\s*)?(delete|retract|update|modify)\\s*\\(\\s*(\\$[\\w$]+)");
    /** An insert of a new fact: group 1 the helper, group 2 the type. */
    private static final Pattern MAKE = Pattern.compile("(?<![\\w$.])(?:drools\\s*\\.\\s*)?(insert|insertLogical)\\s*\\(\\s*new\\s+(\\w+)\\s*\\(");

    private RequestFactChanges() {
    }

    /** Each such call in the then parts of these files, as an error at its line and column, in reading order. */
    static List<RuleProblem> check(Map<String, RuleFile> files) {
        List<RuleProblem> problems = new ArrayList<>();
        files.forEach((path, file) -> {
            DrlSource source = new DrlSource(file.content());
            for (int n = 1; n <= source.lineCount(); n++) {
                if (!source.inThenPart(n)) {
                    continue;
                }
                String code = source.code(n);
                Matcher change = CHANGE.matcher(code);
                while (change.find()) {
                    String type = boundType(source, change.group(2), n);
                    if (isRequestFact(type)) {
                        problems.add(problem(path, n, change.start(1) + 1, source.ruleAround(n), change.group(1) + "s", type, change.group(2)));
                    }
                }
                Matcher make = MAKE.matcher(code);
                while (make.find()) {
                    if (isRequestFact(make.group(2))) {
                        problems.add(problem(path, n, make.start(1) + 1, source.ruleAround(n), "makes", make.group(2), "$" + lowerFirst(make.group(2))));
                    }
                }
            }
        });
        problems.sort(RuleProblem.READING_ORDER);
        return problems;
    }

    private static RuleProblem problem(String path, int line, int column, String rule, String verb, String type, String binding) {
        return new RuleProblem("ERROR", path, line, column, "the rule \"" + rule + "\" " + verb + " a " + type
                + " fact, which only the request gives: the rules judge the request's facts and never change them",
                Hint.of("request.fact", type, binding), false);
    }

    /** The fact type the rule around {@code line} binds {@code variable} to ({@code $customers : Customers( ... )}), or null. */
    private static String boundType(DrlSource source, String variable, int line) {
        OptionalInt bound = source.boundBefore(variable, line);
        if (bound.isEmpty()) {
            return null;
        }
        Matcher type = Pattern.compile("(?<![\\w$])" + Pattern.quote(variable) + "\\s*:\\s*(\\w+)\\s*\\(").matcher(source.code(bound.getAsInt()));
        return type.find() ? type.group(1) : null;
    }

    private static boolean isRequestFact(String type) {
        return type != null && FactTypes.REQUEST.stream().anyMatch(t -> t.getSimpleName().equals(type));
    }

    private static String lowerFirst(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
