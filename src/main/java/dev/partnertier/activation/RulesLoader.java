package dev.partnertier.activation;

import java.nio.file.Path;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.partnertier.engine.CompileGate;
import dev.partnertier.engine.RuleCompiler;
import dev.partnertier.engine.RuleFile;
import dev.partnertier.engine.RuleOutcomeException;
import dev.partnertier.engine.RuleProblem;
import dev.partnertier.engine.RulesCompilationException;
import dev.partnertier.model.PartnerFacts;
import dev.partnertier.scenarios.ScenarioFiles;
import dev.partnertier.wording.Wording;

/**
 * Turns the files of a rules folder into {@link LoadedRules}: compiles the DRL and reads the wording (reporting the
 * errors of both together), then decides the warm-up partners ({@link WarmUp}) with them. A freshly compiled
 * KieBase sets up its network on first use (hundreds of milliseconds): the warm-up pays for that before any caller
 * does, and refuses rules that cannot reach a verdict. One compile at a time ({@link CompileGate}).
 */
@ApplicationScoped
public class RulesLoader {

    private static final Logger LOG = Logger.getLogger(RulesLoader.class);

    private final CompileGate gate;
    private final RuleCompiler compiler;

    public RulesLoader(CompileGate gate) {
        this.gate = gate;
        this.compiler = new RuleCompiler(Thread.currentThread().getContextClassLoader());
    }

    /**
     * Loads the rules folder's files and warms them up with its scenarios (or a made-up partner).
     *
     * @throws RulesCompilationException with every error's file and line
     * @throws RuleOutcomeException when the rules compile but cannot decide a warm-up partner (named in the message)
     */
    public LoadedRules load(Path dir, List<RuleFile> files) {
        return load(dir, dir.resolve(ScenarioFiles.FOLDER), files);
    }

    /**
     * As {@link #load(Path, List)}, with the scenarios of another folder ({@code rules.scenarios-dir}).
     *
     * @throws RulesCompilationException with every error's file and line
     * @throws RuleOutcomeException when the rules compile but cannot decide a warm-up partner (named in the message)
     */
    public LoadedRules load(Path dir, Path scenarios, List<RuleFile> files) {
        LoadedRules rules = compile(files);
        warmUp(rules, WarmUp.partners(scenarios));
        return rules;
    }

    /**
     * Compiles files without running anything of them: DRL errors and wording errors together.
     *
     * @throws RulesCompilationException with every error's file and line
     */
    public LoadedRules compile(List<RuleFile> files) {
        return gate.await(() -> compileNow(files));
    }

    /** As {@link #compile}, for a caller on a request: waits for the compiler no longer than the gate allows. */
    public LoadedRules compileWithin(java.time.Duration wait, List<RuleFile> files) {
        return gate.within(wait, () -> compileNow(files));
    }

    private LoadedRules compileNow(List<RuleFile> files) {
        LoadedRules loaded = LoadedRules.compile(compiler, files);
        loaded.rules().warnings().forEach(w -> LOG.warn(w));
        return loaded;
    }

    /**
     * Decides each partner with the rules (and renders its answer in every language).
     *
     * @throws RuleOutcomeException naming the partner (its scenario) the rules failed on
     * @throws RulesCompilationException when an answer asks for a sentence no wording file has ({@link Wording#unwritten}),
     *         or the rules count a code the wording names written otherwise ({@link Wording#namedOtherwise})
     */
    static void warmUp(LoadedRules rules, List<WarmUp.Partner> partners) {
        for (WarmUp.Partner partner : partners) {
            try {
                WarmUp.decide(rules, partner.facts());
            } catch (RuleOutcomeException e) {
                throw e.on(partner.origin());
            }
            List<RuleProblem> wordingAsked = rules.wordingAsked(partner.origin());
            if (!wordingAsked.isEmpty()) {
                throw new RulesCompilationException(wordingAsked);
            }
        }
    }
}
