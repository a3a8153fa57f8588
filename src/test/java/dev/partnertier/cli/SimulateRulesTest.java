package dev.partnertier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.partnertier.testing.RulesCopy;
import dev.partnertier.testing.ThrowingRule;

/** {@code simulate-rules CANDIDATE_DIR PARTNERS_DIR}: the what-if of the service, on folders. */
class SimulateRulesTest {

    @TempDir
    Path candidate;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private int simulate(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "simulate-rules";
        System.arraycopy(args, 0, command, 1, args.length);
        return Commands.run(command, new PrintStream(printed, true, StandardCharsets.UTF_8)).orElseThrow();
    }

    @Test
    void theGoldThresholdRaisedTo4500MovesOnePartnerAndSaysWhy() throws IOException {
        RulesCopy.copy(candidate);
        RulesCopy.setThreshold(candidate, "Gold performance threshold in every market", "4500");

        assertThat(simulate("--active", RulesCopy.SEED.toString(), candidate.toString(), "examples/what-if")).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("GOLD -> SILVER  fourth-coffee  (fourth-coffee.json)")
                .contains("GOLD performance: met (4,200 of 4,000) -> not met (4,200 of 4,500)")
                .contains("SAME SILVER  tailspin  (tailspin.json)")
                .contains("GOLD performance: not met (2,500 of 4,000) -> not met (2,500 of 4,500)") // its Gold gap grows
                .contains("SAME GOLD  litware  (litware.json)")
                .contains("1 partner changes tier, 2 keep it (2 of them with requirements that change).")
                .doesNotContainPattern("-> \\S+  (litware|tailspin)"); // neither is listed as a change of tier
    }

    @Test
    void asJsonItIsTheReportOfTheService() throws IOException {
        RulesCopy.copy(candidate);
        RulesCopy.setThreshold(candidate, "Gold performance threshold in every market", "4500");
        assertThat(simulate("--json", "--active", RulesCopy.SEED.toString(), candidate.toString(), "examples/what-if")).isZero();
        JsonNode report = new ObjectMapper().readTree(printed.toString(StandardCharsets.UTF_8));
        assertThat(report.at("/changed/0/partnerId").asText()).isEqualTo("fourth-coffee");
        assertThat(report.at("/changed/0/requirements/0/after/required").asLong()).isEqualTo(4500);
        assertThat(report.get("unchanged").asInt()).isEqualTo(2);
        assertThat(report.at("/shifted/1/partnerId").asText()).isEqualTo("tailspin");
        assertThat(report.at("/shifted/1/requirements/0/after/required").asLong()).isEqualTo(4500);
    }

    @Test
    void aCandidateThatDoesNotCompileFailsNamingIt() throws IOException {
        RulesCopy.copy(candidate);
        RulesCopy.setThreshold(candidate, "Gold performance threshold in every market", "4,500");
        assertThat(simulate("--active", RulesCopy.SEED.toString(), candidate.toString(), "examples/what-if")).isEqualTo(1);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("The candidate rules in").contains("performance.drl:");
    }

    @Test
    void aCandidateThatFailsOnThePartnersListsThemWithTheRuleAndHintAndExitsWithOne() throws IOException {
        RulesCopy.copy(candidate);
        Files.writeString(candidate.resolve(ThrowingRule.FILE), ThrowingRule.DRL);

        assertThat(simulate("--active", RulesCopy.SEED.toString(), candidate.toString(), "examples/what-if")).isEqualTo(1);
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("FAILED    fourth-coffee.json: the candidate rules: the rule \"" + ThrowingRule.NAME + "\" (" + ThrowingRule.FILE
                        + ", line " + ThrowingRule.LINE + ") failed: ")
                .contains("          Hint: The rule reads a text as a number")
                .contains("0 partners change tier, 0 keep it, the rules failed on 3.")
                .doesNotContain("NOT READ");
    }

    @Test
    void thePartnersMayBeOneFile() throws IOException {
        RulesCopy.copy(candidate);
        RulesCopy.setThreshold(candidate, "Gold performance threshold in every market", "4500");

        assertThat(simulate("--active", RulesCopy.SEED.toString(), candidate.toString(), "examples/portfolio.ndjson")).as(printed.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("NOT READ  portfolio.ndjson:2: market: ")
                .contains("0 partners change tier, 2 keep it (2 of them with requirements that change), 1 could not be read.");
    }

    @Test
    void wrongUsageSaysHow() {
        assertThat(simulate("only-one-folder")).isEqualTo(2);
        assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("usage: simulate-rules");
    }
}
