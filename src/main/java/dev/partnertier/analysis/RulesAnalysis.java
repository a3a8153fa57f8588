package dev.partnertier.analysis;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import dev.partnertier.activation.ActiveRules;
import dev.partnertier.activation.LoadedRules;
import dev.partnertier.activation.RulesConfig;
import dev.partnertier.activation.RulesLoader;
import dev.partnertier.engine.PostedRuleCheck;
import dev.partnertier.engine.RuleFile;
import dev.partnertier.engine.RuleFiles;
import dev.partnertier.engine.RuleProblem;
import dev.partnertier.engine.RulesCompilationException;
import dev.partnertier.scenarios.ScenarioFiles;
import dev.partnertier.scenarios.ScenarioRunner;

/**
 * What analysts ask of the running service about rules: would these edits compile ({@link #validate}), and do the
 * scenarios pass on the active rules ({@link #test}), both as a {@link RulesReport}. Posted rules are only compiled
 * here, never run.
 */
@ApplicationScoped
public class RulesAnalysis {

    private final ActiveRules active;
    private final RulesLoader loader;
    private final RulesConfig config;

    public RulesAnalysis(ActiveRules active, RulesLoader loader, RulesConfig config) {
        this.active = active;
        this.loader = loader;
        this.config = config;
    }

    /**
     * Compiles the active rules with the given files put in place of (or beside) those of the same path, without
     * making anything active: the errors a reload of those edits would report. DRL is code: a consequence, a
     * constraint or a function would run inside this process, so posted rules are compiled and never run.
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
                ? ScenarioFiles.read(active.dir().resolve(ScenarioFiles.FOLDER))
                : ScenarioFiles.parse("request", scenarios.toString());
        LoadedRules rules = active.get();
        return RulesReport.compiled(rules, ScenarioRunner.run(rules.rules(), rules.wording(), loaded));
    }
}
