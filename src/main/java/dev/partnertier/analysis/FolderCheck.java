package dev.partnertier.analysis;

import java.nio.file.Path;
import java.util.List;

import dev.partnertier.activation.LoadedRules;
import dev.partnertier.engine.RuleCompiler;
import dev.partnertier.engine.RuleFile;
import dev.partnertier.engine.RuleFiles;
import dev.partnertier.engine.RuleProblem;
import dev.partnertier.engine.RulesCompilationException;
import dev.partnertier.scenarios.ScenarioFiles;
import dev.partnertier.scenarios.ScenarioRunner;

/**
 * Checks a rules folder as a reload would and runs its own scenarios on it: the report of {@code check-rules}.
 * The folder is the analysts' own (reviewed like any file), so its rules may run; files posted over HTTP never
 * come here. Needs no container.
 */
public final class FolderCheck {

    private FolderCheck() {
    }

    /** The report on the folder {@code dir}: compile errors, or each scenario of {@code dir/scenarios} run on it. */
    public static RulesReport check(Path dir) {
        List<RuleFile> files;
        try {
            files = RuleFiles.read(dir);
        } catch (RulesCompilationException e) {
            return RulesReport.failed("", e.errors());
        }
        try {
            LoadedRules loaded = LoadedRules.compile(new RuleCompiler(), files);
            var scenarios = ScenarioRunner.run(loaded.rules(), loaded.wording(), ScenarioFiles.read(dir.resolve(ScenarioFiles.FOLDER)));
            List<RuleProblem> wordingAsked = loaded.wordingAsked("the partner of a scenario");
            if (!wordingAsked.isEmpty()) {
                // as a reload refuses them (its warm-up decides the same partners)
                return RulesReport.failed(RuleFiles.version(files), wordingAsked);
            }
            return RulesReport.compiled(loaded, scenarios);
        } catch (RulesCompilationException e) {
            return RulesReport.failed(RuleFiles.version(files), e.errors());
        } catch (RuntimeException e) {
            // Anything else these files made a library throw: the check fails saying so, it does not crash
            return RulesReport.failed(RuleFiles.version(files), List.of(RuleProblem.unexpected("checked", e)));
        }
    }
}
