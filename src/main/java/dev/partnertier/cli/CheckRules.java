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
            print(dir, report, CheckRulesText.in(language), out);
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

    private static void print(Path dir, RulesReport report, CheckRulesText text, PrintStream out) {
        out.println(text.say("checking", dir));
        if (!Files.isDirectory(dir)) {
            out.println();
            out.println(text.mark("fail") + text.say("not-a-folder", dir,
                    text.say(Files.exists(dir) ? "not-a-folder.file" : "not-a-folder.missing")));
            return;
        }
        if (!report.valid()) {
            out.println();
            out.println(text.mark("fail") + text.say("not-compiling"));
            for (RuleProblem error : report.errors()) {
                printProblem(dir, error, text, out);
            }
            return;
        }
        out.println(text.mark("ok") + text.say("compiles", report.rules(), report.version()));
        report.warnings().forEach(w -> out.println("      " + text.say("warning", w)));
        out.println();
        out.println(text.say("scenarios-in", dir.resolve(ScenarioFiles.FOLDER)));
        printScenarios(report, text, out);
        boolean none = report.scenarios().scenarios().isEmpty();
        if (none) {
            out.println("      " + text.say("no-scenarios",
                    Files.isDirectory(dir.resolve(ScenarioFiles.FOLDER)) ? "" : text.say("no-scenarios.folder-missing")));
        }
        out.println();
        int total = report.scenarios().rulesTotal();
        if (!report.scenarios().coverageCounted()) {
            long undecided = report.scenarios().scenarios().stream()
                    .filter(r -> r.mismatches().stream().anyMatch(m -> ScenarioRunner.DECISION.equals(m.what()))).count();
            out.println(undecided > 0 ? text.say("coverage.failed", undecided, report.scenarios().scenarios().size())
                    : text.say("coverage.none"));
        } else {
            out.println(text.say("coverage", total - report.scenarios().rulesNeverFired().size(), total));
            for (RuleInfo rule : report.scenarios().rulesNeverFired()) {
                out.println("      " + text.say("never-fired", rule.name(), rule.file(), rule.line()));
            }
        }
        out.println();
        if (none) {
            out.println(text.mark("fail") + text.say("no-scenario-ran"));
            return;
        }
        int unfired = everyRuleFired(report) ? 0 : report.scenarios().rulesNeverFired().size();
        String mark = text.mark(report.passed() && unfired == 0 ? "ok" : "fail");
        out.println(mark + (unfired == 0 ? text.say("summary", report.scenarios().passed(), report.scenarios().failed())
                : text.say("summary.unfired", report.scenarios().passed(), report.scenarios().failed(),
                        unfired == 1 ? text.say("unfired.one") : text.say("unfired.many", unfired),
                        text.say(unfired == 1 ? "unfired.it" : "unfired.each"))));
    }

    /**
     * Each scenario PASS or FAIL with its mismatches. A defect in the rules usually breaks most scenarios the same way
     * (the same rules named, the same hint, the same message but for the figures of each scenario's partner): that
     * failure is said in full, with its hint, under the first scenario it broke, and referred to under the others
     * ({@link ScenarioResult.Mismatch#sameFailureAs}).
     */
    private static void printScenarios(RulesReport report, CheckRulesText text, PrintStream out) {
        record Said(ScenarioResult.Mismatch failure, ScenarioResult under) {
        }
        List<Said> failuresSaid = new ArrayList<>();
        for (ScenarioResult result : report.scenarios().scenarios()) {
            out.println(text.mark(result.passed() ? "pass" : "fail") + result.name() + "  (" + result.file() + ")");
            for (ScenarioResult.Mismatch m : result.mismatches()) {
                Said said = failuresSaid.stream().filter(s -> m.sameFailureAs(s.failure())).findFirst().orElse(null);
                if (said != null) {
                    out.println("        " + text.say("same-failure", text.what(m.what()), m.expected(), said.under().name(), said.under().file()));
                    continue;
                }
                if (ScenarioRunner.DECISION.equals(m.what())) {
                    failuresSaid.add(new Said(m, result));
                }
                out.println("        " + text.say("mismatch", text.what(m.what()), m.expected(), m.actual()));
                if (m.hint() != null) {
                    out.println("        " + text.say("hint", m.hint().text()));
                }
            }
        }
    }

    /** {@code file, line N, column C: message}, the line itself with a caret under the column, and the hint. */
    private static void printProblem(Path dir, RuleProblem error, CheckRulesText text, PrintStream out) {
        String where = error.file().isEmpty() ? text.say("where.folder") : error.file();
        if (error.line() > 0) {
            where = text.say("where.line", where, error.line());
            where = error.lineGuessed() ? text.say("where.guess", where) : where;
            if (error.column() > 0) {
                where = text.say("where.column", where, error.column());
            }
        }
        out.println("      " + where + ":");
        error.message().lines().forEach(line -> out.println("        " + line));
        sourceLine(dir, error).ifPresent(source -> {
            out.println("        | " + source);
            if (error.column() > 0) {
                // the caret under the column: tabs stay tabs, so it lands under the same character
                String before = source.substring(0, Math.min(error.column() - 1, source.length()));
                out.println("        | " + before.replaceAll("[^\t]", " ") + "^");
            }
        });
        if (error.hint() != null) {
            out.println("        " + text.say("hint", error.hint().text()));
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
