package dev.partnertier.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import dev.partnertier.activation.ActiveRules;
import dev.partnertier.activation.LoadedRules;
import dev.partnertier.activation.RulesConfig;
import dev.partnertier.activation.RulesLoader;
import dev.partnertier.contract.PartnerReader;
import dev.partnertier.decision.DecisionService;
import dev.partnertier.engine.PostedRuleCheck;
import dev.partnertier.engine.RuleFile;
import dev.partnertier.engine.RuleFiles;
import dev.partnertier.engine.RuleProblem;
import dev.partnertier.engine.RulesCompilationException;
import dev.partnertier.scenarios.ScenarioFiles;
import dev.partnertier.scenarios.ScenarioRunner;

/**
 * What analysts ask of the running service about rules: would these edits compile ({@link #validate}), do the
 * scenarios pass on the active rules ({@link #test}) or on the edits ({@link #testCandidate}), each as a
 * {@link RulesReport}; and what would a candidate made of edits decide ({@link #simulate}, {@link #compileCandidate}). Validation only compiles posted rules; the
 * candidate runs them, and only while {@code rules.candidates-enabled}.
 */
@ApplicationScoped
public class RulesAnalysis {

    private final ActiveRules active;
    private final RulesLoader loader;
    private final RulesConfig config;
    private final PartnerReader reader;

    @Inject
    public RulesAnalysis(ActiveRules active, RulesLoader loader, RulesConfig config, DecisionService decisions) {
        this(active, loader, config, decisions.reader());
    }

    /** @param reader the reader of partners (with the deployment's limits) */
    RulesAnalysis(ActiveRules active, RulesLoader loader, RulesConfig config, PartnerReader reader) {
        this.active = active;
        this.loader = loader;
        this.config = config;
        this.reader = reader;
    }

    /** The reader of partners with the deployment's limits. */
    public PartnerReader reader() {
        return reader;
    }

    /**
     * Compiles the active rules with the given files put in place of (or beside) those of the same path, without
     * making anything active: the errors a reload of those edits would report. DRL is code: a consequence, a
     * constraint or a function would run inside this process, so validation compiles posted rules and never runs them.
     *
     * @throws dev.partnertier.engine.CompilerBusyException when another compile keeps the compiler busy longer
     *         than {@code rules.compile-wait}
     */
    public RulesReport validate(List<RuleFile> edited) {
        List<RuleFile> candidate = candidate(edited);
        String version = RuleFiles.version(candidate);
        List<RuleProblem> refused = PostedRuleCheck.refusals(edited);
        if (!refused.isEmpty()) {
            return RulesReport.failed(version, refused);
        }
        try {
            return RulesReport.compiled(loader.compileWithin(config.compileWait(), candidate), null);
        } catch (RulesCompilationException e) {
            return RulesReport.failed(version, e.errors());
        }
    }

    /**
     * The candidate: the active rules with these files in place (or beside), compiled, to be run on partners. Only
     * analysts' audited endpoints call this, and only while {@code rules.candidates-enabled}.
     *
     * @throws RulesCompilationException with every error when the candidate does not compile (or is refused)
     * @throws dev.partnertier.engine.CompilerBusyException when another compile keeps the compiler busy too long
     */
    public LoadedRules compileCandidate(List<RuleFile> edited) {
        requireCandidates();
        List<RuleProblem> refused = PostedRuleCheck.refusals(edited);
        if (!refused.isEmpty()) {
            throw new RulesCompilationException(refused);
        }
        return loader.compileWithin(config.compileWait(), candidate(edited));
    }

    /**
     * What-if: each partner (a request as {@code POST /evaluate} takes it, as JSON bytes) decided under the active
     * rules and under the candidate made of these edits; the partners whose tier changes, and why. Nothing active
     * changes.
     */
    public SimulationReport simulate(List<RuleFile> edited, List<byte[]> partners, Locale language) {
        LoadedRules now = active.get();
        LoadedRules candidate;
        try {
            candidate = compileCandidate(edited);
        } catch (RulesCompilationException e) {
            return new SimulationReport(now.version(), RuleFiles.version(candidate(edited)),
                    e.errors().stream().map(p -> p.in(language)).toList(), List.of(), 0, List.of(), List.of(), List.of());
        }
        Simulation simulation = new Simulation(now, candidate, reader, language, true);
        partners.forEach(simulation::add);
        return simulation.report();
    }

    /**
     * The rules folder's scenarios run on the candidate made of these edits, as {@code ./check-rules} runs them on a
     * folder: each result and the rules no scenario fired, or the candidate's compile errors, or what its answers asked
     * of its wording that a reload would refuse ({@link LoadedRules#wordingAsked}). Runs the candidate:
     * analysts' audited endpoints only, while {@code rules.candidates-enabled}. Nothing active changes.
     *
     * @throws CandidatesDisabledException when candidates may not run here
     * @throws dev.partnertier.engine.CompilerBusyException when another compile keeps the compiler busy too long
     */
    public RulesReport testCandidate(List<RuleFile> edited) {
        return testCandidate(edited, Map.of());
    }

    /**
     * As {@link #testCandidate(List)}, with scenario files ({@code name.json} to text) in place of (or beside) those of
     * the scenarios folder of the same name: an edit and the scenarios it changes, tried together. With no edited rule
     * file, the scenarios run on the active rules, and nothing is compiled.
     */
    public RulesReport testCandidate(List<RuleFile> edited, Map<String, String> scenarioEdits) {
        LoadedRules candidate;
        try {
            candidate = edited.isEmpty() ? active.get() : compileCandidate(edited);
        } catch (RulesCompilationException e) {
            return RulesReport.failed(candidateVersion(edited), e.errors());
        }
        var results = ScenarioRunner.run(candidate.rules(), candidate.wording(), ScenarioFiles.read(active.scenariosDir()).with(scenarioEdits));
        List<RuleProblem> asked = edited.isEmpty() ? List.of() : candidate.wordingAsked("the partner of a scenario");
        if (!asked.isEmpty()) {
            // as a reload and ./check-rules refuse them (a route without its sentences, a code retyped)
            return RulesReport.failed(candidateVersion(edited), asked);
        }
        return RulesReport.compiled(candidate, results);
    }

    /**
     * Refuses before any work when candidate rules may not run here ({@code rules.candidates-enabled=false}).
     *
     * @throws CandidatesDisabledException then
     */
    public void requireCandidates() {
        if (!config.candidatesEnabled()) {
            throw new CandidatesDisabledException();
        }
    }

    /** The version the candidate made of these edits would have. */
    public String candidateVersion(List<RuleFile> edited) {
        return RuleFiles.version(candidate(edited));
    }

    /** The active rules' files with these in place of (or beside) those of the same path. */
    List<RuleFile> candidate(List<RuleFile> edited) {
        Map<String, RuleFile> files = new TreeMap<>();
        active.get().rules().sources().forEach(f -> files.put(f.path(), f));
        edited.forEach(f -> files.put(f.path(), f));
        return List.copyOf(files.values());
    }

    /**
     * Runs scenarios against the active rules: those given (one scenario or an array, as in a scenario file), or,
     * when none are given, those in the rules folder's {@code scenarios/}.
     */
    public RulesReport test(JsonNode scenarios) {
        ScenarioFiles.Loaded loaded = scenarios == null || scenarios.isNull() || scenarios.isMissingNode()
                ? ScenarioFiles.read(active.scenariosDir())
                : ScenarioFiles.parse("request", scenarios.toString());
        LoadedRules rules = active.get();
        return RulesReport.compiled(rules, ScenarioRunner.run(rules.rules(), rules.wording(), loaded));
    }
}
