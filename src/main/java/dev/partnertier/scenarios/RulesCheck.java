package dev.partnertier.scenarios;

import java.io.PrintStream;
import java.nio.file.Path;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import dev.partnertier.api.LimitsConfig;
import dev.partnertier.api.RequestChecks;
import dev.partnertier.engine.RuleCompiler;
import dev.partnertier.engine.RuleFiles;
import dev.partnertier.engine.RuleInfo;
import dev.partnertier.engine.RuleProblem;
import dev.partnertier.engine.RuleSet;
import dev.partnertier.engine.RulesCompilationException;

/**
 * The analysts' check, run by {@code ./check-rules [rules-folder]}: compiles the folder, runs its scenarios
 * and reports, in plain words, compile errors with file and line, each failing scenario with expected and
 * actual, and the rules no scenario fired. Exits 0 when the rules compile and every scenario passes.
 */
public final class RulesCheck {

    private RulesCheck() {
    }

    public static void main(String[] args) {
        // Analysts read this output: libraries' start-up notices would only be in the way.
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        Path dir = Path.of(args.length > 0 ? args[0] : "rules").toAbsolutePath().normalize();
        System.exit(check(dir, System.out));
    }

    /** @return the exit code: 0 all good, 1 compile errors or failing scenarios */
    public static int check(Path dir, PrintStream out) {
        out.println("Checking the rules in " + dir);
        RuleSet rules;
        try {
            rules = new RuleCompiler().compile(RuleFiles.read(dir));
        } catch (RulesCompilationException e) {
            out.println();
            out.println("FAIL  The rules do not compile. Fix these and run the check again:");
            for (RuleProblem p : e.errors()) {
                out.println("      " + p.file() + ", line " + p.line() + (p.column() > 0 ? ", column " + p.column() : "") + ": " + p.message());
            }
            return 1;
        }
        out.println("OK    " + rules.files().size() + " rule files compile: " + rules.rules().size()
                + " rules, version " + rules.version());
        rules.warnings().forEach(w -> out.println("      warning: " + w));

        ScenarioReport report = new ScenarioRunner(standaloneChecks()::check)
                .run(rules, ScenarioFiles.read(dir.resolve(ScenarioFiles.FOLDER)));
        out.println();
        out.println("Scenarios in " + dir.resolve(ScenarioFiles.FOLDER) + ":");
        for (ScenarioResult result : report.scenarios()) {
            out.println((result.passed() ? "PASS  " : "FAIL  ") + result.name() + "  (" + result.file() + ")");
            result.mismatches().forEach(m -> out.println("        " + m));
        }
        out.println();
        int covered = report.rulesTotal() - report.rulesNeverFired().size();
        out.println("Rule coverage: " + covered + " of " + report.rulesTotal() + " rules fired in at least one scenario.");
        for (RuleInfo rule : report.rulesNeverFired()) {
            out.println("      never fired: \"" + rule.name() + "\" (" + rule.file() + ", line " + rule.line() + ")");
        }
        out.println();
        out.println((report.allPassed() ? "OK    " : "FAIL  ") + report.passed() + " scenarios passed, " + report.failed() + " failed.");
        return report.allPassed() ? 0 : 1;
    }

    /**
     * The request checks of {@code POST /evaluate}, built without the Quarkus container. The size limits are a
     * deployment's setting, not part of the rules, so scenarios are not held to them.
     */
    static RequestChecks standaloneChecks() {
        Validator validator = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory().getValidator();
        return new RequestChecks(validator, NO_SIZE_LIMITS);
    }

    private static final LimitsConfig NO_SIZE_LIMITS = new LimitsConfig() {
        @Override
        public int customers() {
            return Integer.MAX_VALUE;
        }

        @Override
        public int workloadsPerCustomer() {
            return Integer.MAX_VALUE;
        }

        @Override
        public int associationsPerCustomer() {
            return Integer.MAX_VALUE;
        }

        @Override
        public int individuals() {
            return Integer.MAX_VALUE;
        }

        @Override
        public int credentialsPerIndividual() {
            return Integer.MAX_VALUE;
        }
    };
}
