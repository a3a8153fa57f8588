package dev.partnertier.scenarios;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.partnertier.engine.Hint;
import dev.partnertier.engine.RuleInfo;

/** The outcome of one scenario: passed, or each way the answer differs from what was expected. */
@Schema(requiredProperties = {"name", "file", "passed", "mismatches"})
public record ScenarioResult(String name, String file, boolean passed, List<Mismatch> mismatches) {

    /** The same result with its hints in a language (English or Korean). */
    public ScenarioResult in(Locale language) {
        return new ScenarioResult(name, file, passed, mismatches.stream().map(m -> m.in(language)).toList());
    }

    /**
     * One difference between the expected and the actual answer. For a failure of the rules ({@code what} is
     * {@code decision}), {@code hint} says in plain words what it most likely means (a text read as a number, a rule
     * that loops) and {@code rules} lists the rules it blames, with file and line. A sentence the answer lacks and
     * another tier than expected get a hint too (the answer's closest sentence; the requirements that decided); other
     * mismatches have neither.
     */
    @Schema(requiredProperties = {"what", "expected", "actual"})
    public record Mismatch(String what, String expected, String actual,
            @Schema(description = "What the rules' failure most likely means and how to fix it; for a sentence the answer "
                    + "lacks, the answer's closest sentence and where the two part; for another tier, the requirements of the "
                    + "level that decided between the two; absent for other mismatches")
            @JsonInclude(JsonInclude.Include.NON_NULL) Hint hint,
            @Schema(description = "The rules a failure of the rules blames, with file and line: the rule that threw or "
                    + "fired most in a loop, or each rule behind two verdicts or a total stated twice; absent for "
                    + "other mismatches and when no rule is known")
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<RuleInfo> rules,
            @JsonIgnore @Schema(hidden = true) Function<Locale, String> actualIn,
            @JsonIgnore @Schema(hidden = true) Function<Locale, Hint> hintIn) {

        /** A number standing alone, not part of a name such as {@code code1} or {@code $c2}. */
        private static final Pattern NUMBER = Pattern.compile("(?<![A-Za-z0-9_$])\\d+");

        public Mismatch {
            rules = rules == null ? List.of() : List.copyOf(rules);
        }

        /** A mismatch of figures or sentences: no hint, no rules. */
        public Mismatch(String what, String expected, String actual) {
            this(what, expected, actual, null, List.of(), null, null);
        }

        /** A mismatch with its hint (a failure of the rules, a sentence the answer lacks, another tier) and the rules it blames. */
        public Mismatch(String what, String expected, String actual, Hint hint, List<RuleInfo> rules) {
            this(what, expected, actual, hint, rules, null, null);
        }

        /**
         * A mismatch whose actual value is the service's own complaint (a field of a scenario's request, a scenario file
         * that cannot be read), written in English here and again in each language by {@code actualIn}.
         */
        public Mismatch(String what, String expected, Function<Locale, String> actualIn) {
            this(what, expected, actualIn.apply(Locale.ENGLISH), null, List.of(), actualIn, null);
        }

        /**
         * A mismatch whose hint quotes the answer, which is worded in each language: {@code hintIn} gives the hint in a
         * language, quoting the answer in that language (English here). It should hold hints made already, not the
         * answers: a report is kept with the rules in force and shown again in either language.
         */
        public static Mismatch quoting(String what, String expected, String actual, Function<Locale, Hint> hintIn) {
            return new Mismatch(what, expected, actual, hintIn.apply(Locale.ENGLISH), List.of(), null, hintIn);
        }

        /** The same mismatch with its words ({@link MismatchWords}) and hint in a language; {@code what} stays a key. */
        Mismatch in(Locale language) {
            return new Mismatch(what, MismatchWords.in(expected, language),
                    actualIn != null ? actualIn.apply(language) : MismatchWords.in(actual, language),
                    hintIn != null ? hintIn.apply(language) : hint == null ? null : hint.in(language), rules, actualIn, hintIn);
        }

        /**
         * Whether this is the same failure of the rules as {@code other}, seen on another scenario: both are
         * failures of the rules ({@code decision}) with the same hint and the same rules blamed (in any order), and
         * their messages are the same but for numbers standing alone, which quote each partner's own figures (a
         * total, a count of firings, the firing limit, a line). The rest of a message (the exception and its text, a
         * name such as {@code code1}, a rule not known) keeps two failures apart. False for other mismatches.
         */
        public boolean sameFailureAs(Mismatch other) {
            return ScenarioRunner.DECISION.equals(what) && ScenarioRunner.DECISION.equals(other.what)
                    && Objects.equals(hint, other.hint) && Set.copyOf(rules).equals(Set.copyOf(other.rules))
                    && withoutNumbers(actual).equals(withoutNumbers(other.actual));
        }

        /** Equal by what is said, in English: how it is said again in another language does not count. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Mismatch m && Objects.equals(what, m.what) && Objects.equals(expected, m.expected)
                    && Objects.equals(actual, m.actual) && Objects.equals(hint, m.hint) && rules.equals(m.rules);
        }

        @Override
        public int hashCode() {
            return Objects.hash(what, expected, actual, hint, rules);
        }

        private static String withoutNumbers(String message) {
            return message == null ? "" : NUMBER.matcher(message).replaceAll("#");
        }

        @Override
        public String toString() {
            return what + ": expected " + expected + ", got " + actual;
        }
    }
}
