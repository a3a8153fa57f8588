package dev.partnertier.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysts' command: plain output, exit code 0 when all is well, 1 with file and line when not. */
class RulesCheckTest {

    @TempDir
    Path copy;

    private String run(Path dir, int expectedExitCode) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = RulesCheck.check(dir, new PrintStream(out, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(text).isEqualTo(expectedExitCode);
        return text;
    }

    @Test
    void theShippedRulesPassWithFullCoverage() throws IOException {
        String output = run(Path.of("rules"), 0);
        int rules = RulesCopy.ruleCount();

        assertThat(output).contains("OK    7 rule files compile", "PASS  A trial workload does not count  (workloads.json)",
                "Rule coverage: " + rules + " of " + rules + " rules fired", "failed.");
        assertThat(output).doesNotContain("FAIL", "never fired");
    }

    @Test
    void aSyntaxErrorIsShownWithFileAndLine() throws IOException {
        RulesCopy.copy(copy);
        Path tier = copy.resolve("tier.drl");
        String broken = "LevelResult( level == , met )";
        RulesCopy.replace(tier, "LevelResult( level == Level.GOLD, met )", broken);
        int line = Files.readAllLines(tier).indexOf("    " + broken) + 1;

        String output = run(copy, 1);

        assertThat(line).isPositive();
        assertThat(output).contains("FAIL  The rules do not compile", "tier.drl, line " + line + ", column ");
    }

    @Test
    void aChangedThresholdFailsTheScenariosThatPinIt() throws IOException {
        RulesCopy.copy(copy);
        RulesCopy.replace(copy.resolve("performance.drl"), "Level.SILVER, \"performance\", 2000,", "Level.SILVER, \"performance\", 2500,");

        String output = run(copy, 1);

        assertThat(output).contains("FAIL  Silver performance met with 2,000 active entitlements in a mature market",
                "tier: expected SILVER, got NONE");
    }
}
