package dev.partnertier.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import dev.partnertier.analysis.FolderCheck;
import dev.partnertier.analysis.RulesReport;
import dev.partnertier.engine.Hint;
import dev.partnertier.engine.RuleInfo;
import dev.partnertier.engine.RuleProblem;
import dev.partnertier.scenarios.ScenarioFiles;
import dev.partnertier.scenarios.ScenarioResult;
import dev.partnertier.scenarios.ScenarioRunner;

/**
 * {@code check-rules [--json] [--lang en|ko] [DIR]}: checks a rules folder (default {@code rules}) as a reload
 * would and runs its scenarios, then prints the report of {@code POST /rules/test} as text (each error with its
 * line and a caret under the column, each scenario PASS or FAIL, rule coverage), or as that same JSON with
 * {@code --json}. Exit code 0 only when the rules compile, every scenario passes (at least one) and every rule
 * fired in one of them, as the build requires of the shipped rules; 1 otherwise; 2 for bad usage (an unknown option, a
 * language without hints, two folders).
 */
final class CheckRules {

    static final String NAME = "check-rules";
    static final String USAGE = "usage: check-rules [--json] [--lang en|ko] [RULES_DIR]";

    private CheckRules() {
    }

    /** The language of the hints, or null (said on {@code out}) when it is not one they have. */
    private static Locale language(String tag, PrintStream out) {
        Locale language = Locale.forLanguageTag(tag);
        if (!Hint.LANGUAGES.contains(language.getLanguage())) {
            out.println("check-rules: --lang takes en or ko, the languages of the hints");
            out.println(USAGE);
            return null;
        }
        return language;
    }

    static int run(String[] args, PrintStream out) {
        boolean json = false;
        Locale language = Locale.ENGLISH;
        List<String> folders = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--json" -> json = true;
                case "--lang" -> {
                    if (i + 1 >= args.length) {
                        out.println(USAGE);
                        return 2;
                    }
                    language = language(args[++i], out);
                    if (language == null) {
                        return 2;
                    }
                }
                case "-h", "--help" -> {
                    out.println(USAGE);
                    return 0;
                }
                default -> {
                    if (args[i].startsWith("--lang=")) { // the same, as one argument
                        language = language(args[i].substring("--lang=".length()), out);
                        if (language == null) {
                            return 2;
                        }
                        continue;
                    }
                    if (args[i].startsWith("-")) {
                        out.println("check-rules: unknown option " + args[i]);
                        out.println(USAGE);
                        return 2;
                    }
                    folders.add(args[i]);
                }
            }
        }
        if (folders.size() > 1) {
            out.println("check-rules: one rules folder at a time");
            out.println(USAGE);
            return 2;
        }
        Path dir = Path.of(folders.isEmpty() ? "rules" : folders.get(0)).toAbsolutePath().normalize();
        RulesReport report = FolderCheck.check(dir).in(language);
        if (json) {
            out.println(toJson(report));
        } else {
            print(dir, report, out);
        }
        return report.passed() && everyRuleFired(report) ? 0 : 1;
    }

    /**
     * Whether no rule went unfired where coverage was counted: the build (`./mvnw verify`) fails on a shipped rule no
     * scenario fires, so the analysts' check fails on it too, rather than say OK to an edit the build then refuses.
     */
    private static boolean everyRuleFired(RulesReport report) {
        return report.scenarios() == null || !report.scenarios().coverageCounted()
                || report.scenarios().rulesNeverFired().isEmpty();
    }

    private static void print(Path dir, RulesReport report, PrintStream out) {
        out.println("Checking the rules in " + dir);
        if (!Files.isDirectory(dir)) {
            out.println();
            out.println("FAIL  " + dir + " is not a rules folder: " + (Files.exists(dir) ? "it is a file" : "it does not exist")
                    + ". Give the folder that holds the .drl files (by default ./rules).");
            return;
        }
        if (!report.valid()) {
            out.println();
            out.println("FAIL  The rules do not compile. Fix these and run the check again:");
            for (RuleProblem error : report.errors()) {
                printProblem(dir, error, out);
            }
            return;
        }
        out.println("OK    The rules compile: " + report.rules() + " rules, version " + report.version());
        report.warnings().forEach(w -> out.println("      warning: " + w));
        out.println();
        out.println("Scenarios in " + dir.resolve(ScenarioFiles.FOLDER) + ":");
        printScenarios(report, out);
        boolean none = report.scenarios().scenarios().isEmpty();
        if (none) {
            out.println("      none" + (Files.isDirectory(dir.resolve(ScenarioFiles.FOLDER)) ? "" : " (the folder is not there)")
                    + ": the rules compile, but nothing checked what they decide (rules/README.md, \"Write a scenario\").");
        }
        out.println();
        int total = report.scenarios().rulesTotal();
        if (!report.scenarios().coverageCounted()) {
            long undecided = report.scenarios().scenarios().stream()
                    .filter(r -> r.mismatches().stream().anyMatch(m -> ScenarioRunner.DECISION.equals(m.what()))).count();
            out.println(undecided > 0
                    ? "Rule coverage: not counted, since the rules failed while deciding " + undecided + " of "
                            + report.scenarios().scenarios().size() + " scenarios (the failures above); fix that first."
                    : "Rule coverage: not counted, since the rules decided no scenario's partner.");
        } else {
            out.println("Rule coverage: " + (total - report.scenarios().rulesNeverFired().size()) + " of " + total
                    + " rules fired in at least one scenario.");
            for (RuleInfo rule : report.scenarios().rulesNeverFired()) {
                out.println("      never fired: \"" + rule.name() + "\" (" + rule.file() + ", line " + rule.line() + ")");
            }
        }
        out.println();
        if (none) {
            out.println("FAIL  No scenario ran.");
            return;
        }
        int unfired = everyRuleFired(report) ? 0 : report.scenarios().rulesNeverFired().size();
        out.println((report.passed() && unfired == 0 ? "OK    " : "FAIL  ") + report.scenarios().passed()
                + " scenarios passed, " + report.scenarios().failed() + " failed"
                + (unfired == 0 ? "." : "; " + (unfired == 1 ? "1 rule" : unfired + " rules") + " fired in no scenario, which the"
                        + " build (./mvnw verify) refuses too: add a scenario that fires " + (unfired == 1 ? "it" : "each")
                        + " (rules/README.md, \"Write a scenario\")."));
    }

    /**
     * Each scenario PASS or FAIL with its mismatches. A defect in the rules usually breaks most scenarios the same way
     * (the same rules named, the same hint, the same message but for the figures of each scenario's partner): that
     * failure is said in full, with its hint, under the first scenario it broke, and referred to under the others
     * ({@link ScenarioResult.Mismatch#sameFailureAs}).
     */
    private static void printScenarios(RulesReport report, PrintStream out) {
        record Said(ScenarioResult.Mismatch failure, ScenarioResult under) {
        }
        List<Said> failuresSaid = new ArrayList<>();
        for (ScenarioResult result : report.scenarios().scenarios()) {
            out.println((result.passed() ? "PASS  " : "FAIL  ") + result.name() + "  (" + result.file() + ")");
            for (ScenarioResult.Mismatch m : result.mismatches()) {
                Said said = failuresSaid.stream().filter(s -> m.sameFailureAs(s.failure())).findFirst().orElse(null);
                if (said != null) {
                    out.println("        " + m.what() + ": expected " + m.expected() + ", got the same failure of the rules"
                            + " as \"" + said.under().name() + "\" (" + said.under().file() + "), shown above");
                    continue;
                }
                if (ScenarioRunner.DECISION.equals(m.what())) {
                    failuresSaid.add(new Said(m, result));
                }
                out.println("        " + m);
                if (m.hint() != null) {
                    out.println("        Hint: " + m.hint().text());
                }
            }
        }
    }

    /** {@code file, line N, column C: message}, the line itself with a caret under the column, and the hint. */
    private static void printProblem(Path dir, RuleProblem error, PrintStream out) {
        StringBuilder where = new StringBuilder("      ").append(error.file().isEmpty() ? "(the folder)" : error.file());
        if (error.line() > 0) {
            where.append(", line ").append(error.line()).append(error.lineGuessed() ? " (a guess)" : "");
            if (error.column() > 0) {
                where.append(", column ").append(error.column());
            }
        }
        out.println(where.append(':'));
        error.message().lines().forEach(line -> out.println("        " + line));
        sourceLine(dir, error).ifPresent(text -> {
            out.println("        | " + text);
            if (error.column() > 0) {
                // the caret under the column: tabs stay tabs, so it lands under the same character
                String before = text.substring(0, Math.min(error.column() - 1, text.length()));
                out.println("        | " + before.replaceAll("[^\t]", " ") + "^");
            }
        });
        if (error.hint() != null) {
            out.println("        Hint: " + error.hint().text());
        }
        out.println();
    }

    private static java.util.Optional<String> sourceLine(Path dir, RuleProblem error) {
        if (error.file().isEmpty() || error.line() <= 0) {
            return java.util.Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(dir.resolve(error.file()));
            return error.line() <= lines.size() ? java.util.Optional.of(lines.get(error.line() - 1)) : java.util.Optional.empty();
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    private static String toJson(RulesReport report) {
        try {
            return new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report);
        } catch (IOException e) {
            throw new IllegalStateException("the report cannot be written as JSON", e);
        }
    }
}
