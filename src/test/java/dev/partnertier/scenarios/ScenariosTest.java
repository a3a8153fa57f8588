package dev.partnertier.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import dev.partnertier.engine.RuleCompiler;
import dev.partnertier.engine.RuleFiles;
import dev.partnertier.engine.RuleInfo;
import dev.partnertier.engine.RuleSet;

/** Runs the analysts' scenarios in rules/scenarios: one test per scenario, named as the scenario is. */
class ScenariosTest {

    private static final Path RULES = Path.of("rules");
    private static ScenarioReport report;

    private static synchronized ScenarioReport report() {
        if (report == null) {
            RuleSet rules = new RuleCompiler().compile(RuleFiles.read(RULES));
            report = new ScenarioRunner(RulesCheck.standaloneChecks()::check)
                    .run(rules, ScenarioFiles.read(RULES.resolve(ScenarioFiles.FOLDER)));
        }
        return report;
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioPasses() {
        return report().scenarios().stream().map(result -> DynamicTest.dynamicTest(
                result.name() + " [" + result.file() + "]",
                () -> assertThat(result.mismatches()).as("how the answer differs from the scenario").isEmpty()));
    }

    @Test
    void thereAreScenariosForEveryTopic() {
        assertThat(report().scenarios()).extracting(ScenarioResult::file).contains(
                "associations.json", "workloads.json", "entitlements.json", "performance.json", "individuals.json", "tier.json");
    }

    @Test
    void everyShippedRuleIsFiredBySomeScenario() {
        assertThat(report().rulesNeverFired()).extracting(RuleInfo::name)
                .as("rules that no scenario in rules/scenarios fires: add a scenario for each")
                .isEmpty();
    }
}
