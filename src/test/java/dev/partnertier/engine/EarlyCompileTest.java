package dev.partnertier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.partnertier.model.Market;
import dev.partnertier.model.Tier;
import dev.partnertier.scenarios.RulesCopy;

/** The compile started from main() is used only when it compiled exactly the files the registry is configured with. */
class EarlyCompileTest {

    @TempDir
    Path dir;

    private final ClassLoader classLoader = getClass().getClassLoader();

    @Test
    void theEarlyCompileOfTheConfiguredFolderIsTakenOnceAndDecides() throws IOException {
        RulesCopy.copy(dir);
        EarlyCompile.start(dir, classLoader);

        var rules = EarlyCompile.take(dir, RuleFiles.read(dir));

        assertThat(rules).hasValueSatisfying(r -> {
            assertThat(r.version()).isEqualTo(RuleFiles.version(RuleFiles.read(dir)));
            assertThat(r.evaluate(WarmUp.partner(Market.MATURE)).verdict().tier()).isIn(Tier.values());
        });
        assertThat(EarlyCompile.take(dir, RuleFiles.read(dir))).as("taken once").isEmpty();
    }

    @Test
    void anotherFolderIsNotServedTheEarlyCompile() throws IOException {
        RulesCopy.copy(dir);
        EarlyCompile.start(dir, classLoader);

        assertThat(EarlyCompile.take(dir.resolve("elsewhere"), RuleFiles.read(dir))).isEmpty();
    }

    @Test
    void filesThatDifferFromThoseCompiledAreCompiledAgain() throws IOException {
        RulesCopy.copy(dir);
        EarlyCompile.start(dir, classLoader);
        // What the registry reads at start-up after an edit the early compile did not see.
        List<RuleFile> edited = RuleFiles.read(dir).stream()
                .map(f -> f.path().equals("performance.drl")
                        ? new RuleFile(f.path(), f.content().replace("\"performance\", 2000,", "\"performance\", 2500,"))
                        : f)
                .toList();
        assertThat(RuleFiles.version(edited)).isNotEqualTo(RuleFiles.version(RuleFiles.read(dir)));

        assertThat(EarlyCompile.take(dir, edited)).isEmpty();
    }

    @Test
    void aFolderThatDoesNotCompileLeavesTheErrorsToTheRegistry() throws IOException {
        Files.writeString(dir.resolve("broken.drl"), "package rules;\nrule \"x\" when Partner( then end\n");
        EarlyCompile.start(dir, classLoader);

        assertThat(EarlyCompile.take(dir, RuleFiles.read(dir))).isEmpty();
    }
}
