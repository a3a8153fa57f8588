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

    /**
     * What deciding partners with these rules asked of their wording that it lacks, as errors: sentences no file has
     * ({@link Wording#unwritten}), codes it names only written otherwise ({@link Wording#namedOtherwise}), codes not
     * written as codes are ({@link Wording#notWrittenAsCodes}). A reload's
     * warm-up and {@code ./check-rules} refuse the rules for them alike.
     *
     * @param origin whose answer asked, e.g. {@code the partner of a scenario}
     */
    public List<RuleProblem> wordingAsked(String origin) {
        List<RuleProblem> problems = new ArrayList<>();
        wording.unwritten().forEach(key -> problems.add(Wording.unwritten(key, origin)));
        wording.namedOtherwise().forEach((key, named) -> problems.add(Wording.namedOtherwise(key, named, rules.sources())));
        wording.notWrittenAsCodes().forEach((key, code) -> problems.add(Wording.notWrittenAsCode(key, code, rules.sources())));
        return problems;
    }

    /** The hash of the rule files' contents (DRL and wording) that every decision names. */
    public String version() {
        return rules.version();
    }

    public Instant loadedAt() {
        return rules.compiledAt();
    }
}
