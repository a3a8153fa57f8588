package dev.partnertier.activation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.partnertier.engine.RuleCompiler;
import dev.partnertier.engine.RuleFiles;
import dev.partnertier.testing.RecursingRule;
import dev.partnertier.testing.RulesCopy;
import dev.partnertier.testing.SeedRules;

/** The scenarios' standing on rules about to go live, as GET /rules shows it, without Quarkus. */
class ScenarioStandingTest {

    @TempDir
    Path dir;

    @Test
    void theSeedScenariosAllPassOnTheSeedRules() {
        ScenarioStanding standing = ScenarioStanding.of(SeedRules.get(), RulesCopy.SEED.resolve("scenarios"));
        assertThat(standing.folderFound()).isTrue();
        assertThat(standing.passed()).isPositive();
        assertThat(standing.failed()).isZero();
        assertThat(standing.failing()).isEmpty();
        assertThat(standing.fingerprint()).hasSize(16);
    }

    @Test
    void aFolderWithoutScenariosSaysNothingWasCheckedRatherThanAllPassed() {
        ScenarioStanding standing = ScenarioStanding.of(SeedRules.get(), dir.resolve("scenarios")); // as a ConfigMap's folder: no scenarios/
        assertThat(standing.folderFound()).isFalse();
        assertThat(standing.passed()).isZero();
        assertThat(standing.failed()).isZero();
        assertThat(standing.fingerprint()).isEmpty();
    }

    @Test
    void scenariosThatCannotBeRunAreAFailedEntryNeverAnError() throws IOException {
        RulesCopy.copy(dir);
        Files.writeString(dir.resolve(RecursingRule.FILE), RecursingRule.DRL);
        LoadedRules rules = LoadedRules.compile(new RuleCompiler(), RuleFiles.read(dir)); // compiled, never warmed up

        ScenarioStanding standing = ScenarioStanding.of(rules, dir.resolve("scenarios"));

        assertThat(standing.failed()).isPositive();
        assertThat(standing.failing()).isNotEmpty();
        assertThat(standing.passed()).isZero();
    }

    @Test
    void theFingerprintChangesWithTheScenarioFilesOnly() throws IOException {
        RulesCopy.copy(dir);
        Path scenarios = dir.resolve("scenarios");
        String before = ScenarioStanding.of(SeedRules.get(), dir.resolve("scenarios")).fingerprint();
        Files.writeString(dir.resolve("notes.txt"), "not a scenario");
        assertThat(ScenarioStanding.of(SeedRules.get(), dir.resolve("scenarios")).fingerprint()).isEqualTo(before);
        Files.writeString(scenarios.resolve("tier.json"), Files.readString(scenarios.resolve("tier.json")) + "\n");
        assertThat(ScenarioStanding.of(SeedRules.get(), dir.resolve("scenarios")).fingerprint()).isNotEqualTo(before);
    }
}
