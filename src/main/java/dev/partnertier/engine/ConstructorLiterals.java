package dev.partnertier.engine;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.partnertier.model.FactTypes;

/**
 * A fact a then part makes from values written out ({@code new Threshold( Level.SILVER, Requirement.EXAMS, -1 )}) that
 * its type refuses: made once here, so that the refusal is an error at its line when the rules compile. Otherwise it
 * would surface only when the rule runs, for the partners it applies to, which the warm-up partners may not be. Only
 * whole numbers, texts in quotes, {@code true}, {@code false} and values of an enum ({@code Level.SILVER}) count as
 * written out; a fact made from anything else (a binding, a sum, a call) is made when the rule runs, as ever.
 */
final class ConstructorLiterals {

    /** {@code new Type( ... )} without parentheses between them, in a line's code (texts blanked). */
    private static final Pattern NEW = Pattern.compile("\\bnew\\s+(\\w+)\\s*\\(([^()]*)\\)");
    private static final Pattern WHOLE = Pattern.compile("-?\\s*\\d[\\d_]*");
    private static final Pattern TEXT = Pattern.compile("\"([^\"\\\\]*)\"");
    private static final Pattern ENUM_VALUE = Pattern.compile("(?:\\w+\\.)*(\\w+)\\s*\\.\\s*(\\w+)");

    private ConstructorLiterals() {
    }

    /** Each fact of the model a then part of these files makes from written-out values and its type refuses, as an error at its line. */
    static List<RuleProblem> check(Map<String, RuleFile> files) {
        List<RuleProblem> problems = new ArrayList<>();
        files.forEach((path, file) -> {
            DrlSource source = new DrlSource(file.content());
            for (int n = 1; n <= source.lineCount(); n++) {
                Matcher m = NEW.matcher(source.code(n));
                while (m.find()) {
                    if (!source.inThenPart(n)) {
                        continue;
                    }
                    Optional<String> refused = refusal(m.group(1), arguments(source.line(n), source.code(n), m.start(2), m.end(2)));
                    if (refused.isPresent()) {
                        problems.add(new RuleProblem("ERROR", path, n, m.start() + 1, source.line(n).substring(m.start(), m.end())
                                + " would fail when the rule runs: " + refused.get(), Hint.of("constructor.refused"), false));
                    }
                }
            }
        });
        problems.sort(RuleProblem.READING_ORDER);
        return problems;
    }

    /** The arguments between {@code from} and {@code to}, as written, split at the commas of the code (not of a text). */
    private static List<String> arguments(String line, String code, int from, int to) {
        List<String> arguments = new ArrayList<>();
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || code.charAt(i) == ',') {
                arguments.add(line.substring(start, i).strip());
                start = i + 1;
            }
        }
        return arguments.size() == 1 && arguments.get(0).isEmpty() ? List.of() : arguments;
    }

    /** What the type's constructor says when it refuses these written-out values; empty when it takes them or they are not all written out. */
    private static Optional<String> refusal(String typeName, List<String> arguments) {
        Optional<Class<?>> type = FactTypes.ALL.stream().filter(t -> t.getSimpleName().equals(typeName)).findFirst();
        if (type.isEmpty()) {
            return Optional.empty();
        }
        for (Constructor<?> constructor : type.get().getConstructors()) {
            Class<?>[] parameters = constructor.getParameterTypes();
            if (constructor.isVarArgs() || parameters.length != arguments.size()) {
                continue;
            }
            Object[] values = new Object[parameters.length];
            boolean writtenOut = true;
            for (int i = 0; i < parameters.length && writtenOut; i++) {
                Optional<Object> value = value(arguments.get(i), parameters[i]);
                writtenOut = value.isPresent();
                values[i] = value.orElse(null);
            }
            if (!writtenOut) {
                continue;
            }
            try {
                constructor.newInstance(values);
                return Optional.empty();
            } catch (InvocationTargetException e) {
                return e.getCause() instanceof IllegalArgumentException refused ? Optional.of(FailureHints.said(refused)) : Optional.empty();
            } catch (ReflectiveOperationException | RuntimeException e) {
                return Optional.empty(); // not ours to judge: the compiler has accepted the call
            }
        }
        return Optional.empty();
    }

    /** The value an argument written out gives a parameter of this type; empty when it is not written out as one. */
    private static Optional<Object> value(String argument, Class<?> type) {
        if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
            if (!WHOLE.matcher(argument).matches()) {
                return Optional.empty();
            }
            try {
                long number = Long.parseLong(argument.replaceAll("[\\s_]", ""));
                return type == long.class || type == Long.class ? Optional.of(number)
                        : number == (int) number ? Optional.of((int) number) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        if (type == boolean.class || type == Boolean.class) {
            return argument.equals("true") || argument.equals("false") ? Optional.of(Boolean.valueOf(argument)) : Optional.empty();
        }
        if (type == String.class) {
            Matcher text = TEXT.matcher(argument);
            return text.matches() ? Optional.of(text.group(1)) : Optional.empty();
        }
        if (type.isEnum()) {
            Matcher value = ENUM_VALUE.matcher(argument);
            if (value.matches() && value.group(1).equals(type.getSimpleName())) {
                for (Object constant : type.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(value.group(2))) {
                        return Optional.of(constant);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
