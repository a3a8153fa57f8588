package dev.partnertier.activation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.partnertier.engine.RuleFile;
import dev.partnertier.engine.RuleFiles;
import dev.partnertier.model.Tier;
import dev.partnertier.testing.Partners;
import dev.partnertier.testing.RulesCopy;

/** What main starts loading while Quarkus boots is used once, and only for the same folder and files. */
class StartupCompileTest {

    @TempDir
    Path dir;

    @Test
    void theRulesLoadedDuringStartUpAreTakenOnceAndDecide() throws IOException {
        RulesCopy.copy(dir);
        StartupCompile.start(dir);

        var rules = StartupCompile.take(dir, RuleFiles.read(dir));

        assertThat(rules).hasValueSatisfying(r -> {
            assertThat(r.version()).isEqualTo(RuleFiles.version(RuleFiles.read(dir)));
            assertThat(r.rules().evaluate(Partners.mature().associatedCustomer("t", "EXCHANGE_ONLINE", 2000).byExams("a").build())
                    .verdict().tier()).isEqualTo(Tier.SILVER);
        });
        assertThat(StartupCompile.take(dir, RuleFiles.read(dir))).as("taken once").isEmpty();
    }

    @Test
    void anotherFolderIsNotServedWhatWasLoaded() throws IOException {
        RulesCopy.copy(dir);
        StartupCompile.start(dir);

        assertThat(StartupCompile.take(dir.resolve("elsewhere"), RuleFiles.read(dir))).isEmpty();
    }

    @Test
    void filesThatDifferFromThoseLoadedAreLoadedAgain() throws IOException {
        RulesCopy.copy(dir);
        StartupCompile.start(dir);
        // What ActiveRules reads at start-up after an edit the early load did not see.
        List<RuleFile> edited = RuleFiles.read(dir).stream()
                .map(f -> f.path().equals("performance.drl") ? new RuleFile(f.path(), f.content() + "\n// edited\n") : f)
                .toList();

        assertThat(StartupCompile.take(dir, edited)).isEmpty();
    }

    @Test
    void aFolderThatDoesNotCompileLeavesTheErrorsToActiveRules() throws IOException {
        Files.writeString(dir.resolve("broken.drl"), "package rules;\nrule \"x\" when Partner( then end\n");
        StartupCompile.start(dir);

        assertThat(StartupCompile.take(dir, RuleFiles.read(dir))).isEmpty();
    }
}
