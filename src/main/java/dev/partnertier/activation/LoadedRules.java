package dev.partnertier.activation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.partnertier.engine.RuleCompiler;
import dev.partnertier.engine.RuleFile;
import dev.partnertier.engine.RuleProblem;
import dev.partnertier.engine.RuleSet;
import dev.partnertier.engine.RulesCompilationException;
import dev.partnertier.wording.Wording;

/**
 * One version of the rules folder, compiled and ready to decide: its rules and the wording of its answers, which
 * go live and are replaced together.
 */
public record LoadedRules(RuleSet rules, Wording wording) {

    /**
     * Compiles a folder's files without running anything of them: the DRL and the wording, with the errors of both
     * reported together. Needs no container: the service, the command line and tests use it alike.
     *
     * @throws RulesCompilationException with every error's file, line and hint
     */
    public static LoadedRules compile(RuleCompiler compiler, List<RuleFile> files) {
        List<RuleProblem> problems = new ArrayList<>();
        RuleSet rules = null;
        Wording wording = null;
        try {
            rules = compiler.compile(files);
        } catch (RulesCompilationException e) {
            problems.addAll(e.errors());
        }
        try {
            wording = Wording.of(files);
        } catch (RulesCompilationException e) {
            problems.addAll(e.errors());
        }
        if (!problems.isEmpty()) {
            throw new RulesCompilationException(problems);
        }
        return new LoadedRules(rules, wording);
    }

    /** The hash of the rule files' contents (DRL and wording) that every decision names. */
    public String version() {
        return rules.version();
    }

    public Instant loadedAt() {
        return rules.compiledAt();
    }
}
