package dev.partnertier.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.ThrowingConsumer;

import dev.partnertier.activation.LoadedRules;
import dev.partnertier.answer.Answers;
import dev.partnertier.answer.EvaluationResponse;
import dev.partnertier.engine.Evaluation;
import dev.partnertier.engine.RuleInfo;
import dev.partnertier.model.PartnerFacts;
import dev.partnertier.testing.RulesCopy;
import dev.partnertier.testing.SeedRules;
import dev.partnertier.wording.OtherSpellings;

/**
 * The scenarios own the business cases, in both rules folders: the analysts' ({@code rules/}, as they keep it) and
 * the seed rules the other tests run on ({@code src/test/seed-rules}), each folder's scenarios on its own rules. One
 * test per scenario, named as the scenario is; every rule fired by some scenario; and every sentence the scenarios'
 * answers hold exists in every language.
 */
class ScenariosTest {

    private static final List<Path> FOLDERS = List.of(RulesCopy.SHIPPED, RulesCopy.SEED);
    private static final Map<Path, ScenarioReport> REPORTS = new HashMap<>();

    private static ScenarioFiles.Loaded scenarios(Path folder) {
        return ScenarioFiles.read(folder.resolve(ScenarioFiles.FOLDER));
    }

    private static synchronized ScenarioReport report(Path folder) {
        return REPORTS.computeIfAbsent(folder, f -> {
            LoadedRules rules = f.equals(RulesCopy.SEED) ? SeedRules.get() : SeedRules.load(f);
            return ScenarioRunner.run(rules.rules(), rules.wording(), scenarios(f));
        });
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioPasses() {
        return FOLDERS.stream().flatMap(folder -> report(folder).scenarios().stream().map(result -> DynamicTest.dynamicTest(
                result.name() + " [" + folder.resolve(ScenarioFiles.FOLDER).resolve(result.file()) + "]",
                () -> assertThat(result.mismatches()).as("how the answer differs from the scenario").isEmpty())));
    }

    @Test
    void theSeedRulesHaveScenariosForEveryTopic() {
        assertThat(report(RulesCopy.SEED).scenarios()).extracting(ScenarioResult::file).contains(
                "associations.json", "workloads.json", "entitlements.json", "performance.json", "individuals.json",
                "tier.json", "gaps.json");
    }

    @TestFactory
    Stream<DynamicTest> everyRuleIsFiredBySomeScenarioOfItsFolder() {
        return eachFolder(folder -> {
            assertThat(report(folder).coverageCounted()).as("the rules of " + folder + " decided every scenario's partner").isTrue();
            assertThat(report(folder).rulesNeverFired()).extracting(RuleInfo::name)
                    .as("rules that no scenario in " + folder.resolve(ScenarioFiles.FOLDER) + " fires: add a scenario for each")
                    .isEmpty();
        });
    }

    /** Every sentence and name; a code's other spellings ({@code .also}) are each language's own, not sentences. */
    @TestFactory
    Stream<DynamicTest> everyLanguageHasEveryKeyOfTheOthers() {
        return eachFolder(folder -> {
            Properties english = properties(folder.resolve("messages_en.properties"));
            Properties korean = properties(folder.resolve("messages_ko.properties"));

            assertThat(korean.stringPropertyNames()).filteredOn(k -> !OtherSpellings.isKey(k))
                    .as("keys of " + folder.resolve("messages_ko.properties"))
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames().stream().filter(k -> !OtherSpellings.isKey(k)).toList());
        });
    }

    @TestFactory
    Stream<DynamicTest> everySentenceOfEveryScenarioExistsInEveryLanguage() {
        return eachFolder(ScenariosTest::everySentenceOfEveryScenarioExistsInEveryLanguage);
    }

    /** One test for each folder, named by it, so a failure in one does not hide the other. */
    private static Stream<DynamicTest> eachFolder(ThrowingConsumer<Path> check) {
        return FOLDERS.stream().map(folder -> DynamicTest.dynamicTest(folder.toString(), () -> check.accept(folder)));
    }

    private static void everySentenceOfEveryScenarioExistsInEveryLanguage(Path folder) {
        LoadedRules rules = SeedRules.load(folder); // fresh: nothing asked of its wording yet
        assertThat(rules.wording().languages()).contains("en", "ko");
        for (Scenario scenario : scenarios(folder).scenarios()) {
            PartnerFacts partner = scenario.partner();
            Evaluation evaluation = rules.rules().evaluate(partner);
            for (String language : rules.wording().languages()) {
                EvaluationResponse answer = Answers.of(partner, evaluation, rules.wording().in(language));
                assertThat(ScenarioRunner.sentences(answer)).as(scenario.name() + " in " + language)
                        .allSatisfy(sentence -> assertThat(sentence).doesNotContain("[").isNotBlank());
            }
        }
        assertThat(rules.wording().missing()).as("sentences missing from " + folder + ", by language").isEmpty();
    }

    private static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(Files.readString(file)));
        return properties;
    }
}
