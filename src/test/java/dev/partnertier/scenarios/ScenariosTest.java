package dev.partnertier.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import dev.partnertier.activation.LoadedRules;
import dev.partnertier.answer.Answers;
import dev.partnertier.answer.EvaluationResponse;
import dev.partnertier.engine.Evaluation;
import dev.partnertier.engine.RuleInfo;
import dev.partnertier.model.PartnerFacts;
import dev.partnertier.testing.RulesCopy;
import dev.partnertier.testing.ShippedRules;

/**
 * The analysts' scenarios in rules/scenarios own the business cases: one test per scenario, named as the scenario
 * is; every rule fired by some scenario; and every sentence the scenarios' answers hold exists in every language.
 */
class ScenariosTest {

    private static ScenarioReport report;

    private static ScenarioFiles.Loaded scenarios() {
        return ScenarioFiles.read(RulesCopy.SHIPPED.resolve(ScenarioFiles.FOLDER));
    }

    private static synchronized ScenarioReport report() {
        if (report == null) {
            LoadedRules rules = ShippedRules.get();
            report = ScenarioRunner.run(rules.rules(), rules.wording(), scenarios());
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
                "associations.json", "workloads.json", "entitlements.json", "performance.json", "individuals.json",
                "tier.json", "gaps.json");
    }

    @Test
    void everyShippedRuleIsFiredBySomeScenario() {
        assertThat(report().coverageCounted()).as("the rules decided every scenario's partner").isTrue();
        assertThat(report().rulesNeverFired()).extracting(RuleInfo::name)
                .as("rules that no scenario in rules/scenarios fires: add a scenario for each")
                .isEmpty();
    }

    @Test
    void everyLanguageHasEveryKeyOfTheOthers() throws IOException {
        Properties english = properties("messages_en.properties");
        Properties korean = properties("messages_ko.properties");

        assertThat(korean.stringPropertyNames()).as("keys of messages_ko.properties")
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void everySentenceOfEveryScenarioExistsInEveryLanguage() {
        LoadedRules rules = ShippedRules.load(RulesCopy.SHIPPED); // fresh: nothing asked of its wording yet
        assertThat(rules.wording().languages()).containsExactly("en", "ko");
        for (Scenario scenario : scenarios().scenarios()) {
            PartnerFacts partner = scenario.partner();
            Evaluation evaluation = rules.rules().evaluate(partner);
            for (String language : rules.wording().languages()) {
                EvaluationResponse answer = Answers.of(partner, evaluation, rules.wording().in(language));
                assertThat(ScenarioRunner.sentences(answer)).as(scenario.name() + " in " + language)
                        .allSatisfy(sentence -> assertThat(sentence).doesNotContain("[").isNotBlank());
            }
        }
        assertThat(rules.wording().missing()).as("sentences missing, by language").isEmpty();
    }

    private static Properties properties(String file) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(Files.readString(RulesCopy.SHIPPED.resolve(file))));
        return properties;
    }
}
