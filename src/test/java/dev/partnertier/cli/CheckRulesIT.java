package dev.partnertier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.partnertier.testing.RulesCopy;

/**
 * {@code java -jar target/quarkus-app/quarkus-run.jar check-rules DIR} (and {@code simulate-rules}): the packaged
 * application checks a folder itself, with no build and no HTTP server (no token key is configured, so a service would refuse to start).
 */
class CheckRulesIT {

    @TempDir
    Path dir;

    record Run(int exit, String output) {
    }

    static Run packagedApp(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/quarkus-app/quarkus-run.jar"));
        command.addAll(List.of(args));
        Path output = Files.createTempFile("packaged-app", ".txt");
        ProcessBuilder java = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        java.environment().keySet().removeIf(name -> name.startsWith("MP_JWT") || name.startsWith("AUTH_") || name.startsWith("RULES_"));
        Process process = java.start();
        boolean ended = process.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        assertThat(ended).as("the command ends by itself").isTrue();
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        Files.delete(output);
        return new Run(process.exitValue(), printed);
    }

    @Test
    void theShippedRulesPass() throws Exception {
        Run run = packagedApp("check-rules", RulesCopy.SHIPPED.toAbsolutePath().toString());
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).startsWith("Checking the rules in ").contains("OK    The rules compile")
                .contains(" scenarios passed, 0 failed.").doesNotContain("Listening on", "auth.enabled");
    }

    @Test
    void aBrokenFolderFailsNamingTheFileLineAndHint() throws Exception {
        RulesCopy.copy(dir);
        Path performance = dir.resolve("performance.drl");
        int line = RulesCopy.lineOf(performance, "Requirement.PERFORMANCE, 2000, Market.MATURE ) );");
        RulesCopy.replace(performance, "Requirement.PERFORMANCE, 2000, Market.MATURE ) );", "Requirement.PERFORMANCE, 2000, Market.MATURE ) )");
        Files.writeString(dir.resolve("new.drl"), CheckRulesTest.NEVER_CLOSED);

        Run run = packagedApp("check-rules", dir.toString());
        assertThat(run.exit()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).contains("performance.drl, line " + line + ", column ")
                .contains("Hint: Each statement of a then part ends with a semicolon")
                .contains("new.drl, line 8, column 6:")
                .doesNotContain("Listening on");
    }

    @Test
    void theScriptRefusesALanguageWithoutAValueOrTwoFoldersInsteadOfGuessing() throws Exception {
        for (List<String> lang : List.of(List.of("--lang"), List.of("--lang", "--json"), List.of("--lang", ""), List.of("a", "b"))) {
            List<String> command = new ArrayList<>(List.of("bash", "check-rules"));
            command.addAll(lang);
            Process script = new ProcessBuilder(command).redirectErrorStream(true).start();
            assertThat(script.waitFor(30, TimeUnit.SECONDS)).isTrue();
            String printed = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(script.exitValue()).as(lang + ": " + printed).isEqualTo(2);
            // the script says why, and its usage line as Java does
            assertThat(printed).startsWith("check-rules: ").contains("\n" + CheckRules.USAGE).doesNotContain("Checking the rules");
        }
    }

    @Test
    void theWhatIfScriptReadsPathsFromWhereTheAnalystStandsAndComparesWithThisCheckoutsRules() throws Exception {
        RulesCopy.copy(dir);
        RulesCopy.setThreshold(dir, "Gold performance threshold in every market", "4500");
        Path partners = Path.of("examples/what-if").toAbsolutePath();
        // run from the candidate's parent folder, naming the candidate relatively, as an analyst in /tmp would
        Process script = new ProcessBuilder("bash", Path.of("simulate-rules").toAbsolutePath().toString(),
                dir.getFileName().toString(), partners.toString()).directory(dir.getParent().toFile()).redirectErrorStream(true).start();
        assertThat(script.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String printed = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(script.exitValue()).as(printed).isZero();
        // what changes depends on the rules analysts keep in this checkout: only that they are the ones compared is pinned
        assertThat(printed).contains("Active rules:    " + RulesCopy.SHIPPED.toAbsolutePath().normalize(),
                "Candidate rules: " + dir.toAbsolutePath().normalize()).containsPattern("\\d+ partners? changes? tier, ");

        Process bad = new ProcessBuilder("bash", "simulate-rules", dir.toString()).redirectErrorStream(true).start();
        assertThat(bad.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(bad.exitValue()).isEqualTo(2);
        assertThat(new String(bad.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .startsWith("simulate-rules: give the edited copy of the rules and the partners");
    }

    @Test
    void theWhatIfExampleAnswersFromTheCommandLine() throws Exception {
        RulesCopy.copy(dir);
        RulesCopy.setThreshold(dir, "Gold performance threshold in every market", "4500");
        Run run = packagedApp("simulate-rules", "--active", RulesCopy.SEED.toString(), dir.toString(), "examples/what-if");
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("GOLD -> SILVER  fourth-coffee", "SAME SILVER  tailspin",
                        "1 partner changes tier, 2 keep it (2 of them with requirements that change).")
                .doesNotContain("Listening on");
    }
}
