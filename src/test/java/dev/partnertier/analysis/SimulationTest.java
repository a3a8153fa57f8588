package dev.partnertier.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.partnertier.activation.LoadedRules;
import dev.partnertier.contract.FieldMessage;
import dev.partnertier.contract.PartnerReader;
import dev.partnertier.contract.RequestLimits;
import dev.partnertier.contract.StrictJson;
import dev.partnertier.model.Level;
import dev.partnertier.model.Requirement;
import dev.partnertier.model.Tier;
import dev.partnertier.testing.RulesCopy;
import dev.partnertier.testing.SeedRules;
import dev.partnertier.testing.ThrowingRule;

/** What-if without Quarkus: the seed rules against a candidate, on the example portfolio of examples/what-if. */
class SimulationTest {

    static final Path PORTFOLIO = Path.of("examples", "what-if");
    static final String GOLD = "Gold performance threshold in every market";

    @TempDir
    Path candidateDir;

    private static List<byte[]> portfolio() throws IOException {
        try (Stream<Path> files = Files.list(PORTFOLIO)) {
            return files.sorted().map(f -> {
                try {
                    return Files.readAllBytes(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    private Simulation simulation() throws IOException {
        RulesCopy.copy(candidateDir);
        RulesCopy.setThreshold(candidateDir, GOLD, "4500");
        LoadedRules candidate = SeedRules.load(candidateDir);
        return new Simulation(SeedRules.get(), candidate, new PartnerReader(StrictJson.configure(new ObjectMapper()), RequestLimits.NONE),
                Locale.ENGLISH, true);
    }

    @Test
    void raisingGoldTo4500MovesThePartnerAt4200ToSilverAndLeavesTheOthers() throws IOException {
        Simulation simulation = simulation();
        portfolio().forEach(simulation::add);
        SimulationReport report = simulation.report();

        assertThat(report.unchanged()).isEqualTo(2);
        assertThat(report.invalid()).isEmpty();
        assertThat(report.activeVersion()).isEqualTo(SeedRules.get().version()).isNotEqualTo(report.candidateVersion());
        assertThat(report.changed()).singleElement().satisfies(change -> {
            assertThat(change.partnerId()).isEqualTo("fourth-coffee");
            assertThat(change.index()).isZero();
            assertThat(change.from()).isEqualTo(Tier.GOLD);
            assertThat(change.to()).isEqualTo(Tier.SILVER);
            assertThat(change.requirements()).containsExactly(new RequirementChange(Level.GOLD, Requirement.PERFORMANCE,
                    new Outcome(true, 4200, 4000), new Outcome(false, 4200, 4500)));
        });
        // The two that keep their tier: Gold (still met at 5,000) and Silver (its Gold gap grows by 500), each listed with its
        // Gold performance and nothing else
        assertThat(report.shifted()).extracting(PartnerShift::partnerId, PartnerShift::tier, PartnerShift::requirements).containsExactly(
                tuple("litware", Tier.GOLD, List.of(new RequirementChange(Level.GOLD, Requirement.PERFORMANCE,
                        new Outcome(true, 5000, 4000), new Outcome(true, 5000, 4500)))),
                tuple("tailspin", Tier.SILVER, List.of(new RequirementChange(Level.GOLD, Requirement.PERFORMANCE,
                        new Outcome(false, 2500, 4000), new Outcome(false, 2500, 4500)))));
    }

    @Test
    void theSameRulesChangeNobody() throws IOException {
        Simulation same = new Simulation(SeedRules.get(), SeedRules.get(),
                new PartnerReader(StrictJson.configure(new ObjectMapper()), RequestLimits.NONE), Locale.ENGLISH, true);
        portfolio().forEach(same::add);
        assertThat(same.report().changed()).isEmpty();
        assertThat(same.report().unchanged()).isEqualTo(3);
        assertThat(same.report().shifted()).isEmpty();
    }

    @Test
    void anUnreadablePartnerIsReportedByIndexAndTheOthersStillCount() throws IOException {
        Simulation simulation = simulation();
        simulation.add("{\"partnerId\": \"x\", \"market\": \"MOON\"}".getBytes());
        portfolio().forEach(simulation::add);
        SimulationReport report = simulation.report();
        assertThat(report.invalid()).singleElement().satisfies(bad -> {
            assertThat(bad.index()).isZero();
            assertThat(bad.errors()).extracting(FieldMessage::field).containsExactly("market");
        });
        assertThat(report.changed()).extracting(PartnerChange::index).containsExactly(1);
        assertThat(report.unchanged()).isEqualTo(2);
    }

    /** Compiled as a candidate is, without the scenarios that would refuse it before it goes live. */
    private static LoadedRules compiledOnly(Path dir) {
        return LoadedRules.compile(new dev.partnertier.engine.RuleCompiler(), dev.partnertier.engine.RuleFiles.read(dir));
    }

    @Test
    void aCandidateThatFailsOnThePartnersIsReportedAsFailingNamingTheRuleNotThePartnersAsUnreadable() throws IOException {
        RulesCopy.copy(candidateDir);
        Files.writeString(candidateDir.resolve(ThrowingRule.FILE), ThrowingRule.DRL);
        Simulation simulation = new Simulation(SeedRules.get(), compiledOnly(candidateDir),
                new PartnerReader(StrictJson.configure(new ObjectMapper()), RequestLimits.NONE), Locale.KOREAN, true);
        portfolio().forEach(simulation::add);
        SimulationReport report = simulation.report();

        assertThat(report.invalid()).isEmpty();
        assertThat(report.changed()).isEmpty();
        assertThat(report.unchanged()).isZero();
        assertThat(simulation.failedCount()).isEqualTo(3);
        assertThat(report.failed()).extracting(FailedPartner::index, FailedPartner::partnerId)
                .containsExactly(tuple(0, "fourth-coffee"), tuple(1, "litware"), tuple(2, "tailspin"));
        assertThat(report.failed()).allSatisfy(failed -> {
            assertThat(failed.rules()).isEqualTo(FailedPartner.CANDIDATE);
            assertThat(failed.file()).isEqualTo(ThrowingRule.FILE);
            assertThat(failed.line()).isEqualTo(ThrowingRule.LINE);
            assertThat(failed.message()).contains(ThrowingRule.NAME, ThrowingRule.MESSAGE).doesNotContain("RuleOutcomeException");
            assertThat(failed.hint()).as("in the language asked for").contains("숫자");
        });
    }

    @Test
    void whenTheActiveRulesFailOnAPartnerTheReportSaysItIsTheActiveRules() throws IOException {
        RulesCopy.copy(candidateDir);
        Files.writeString(candidateDir.resolve(ThrowingRule.FILE), ThrowingRule.DRL);
        Simulation simulation = new Simulation(compiledOnly(candidateDir), SeedRules.get(),
                new PartnerReader(StrictJson.configure(new ObjectMapper()), RequestLimits.NONE), Locale.ENGLISH, true);
        simulation.add(portfolio().get(0));

        assertThat(simulation.report().failed()).singleElement().satisfies(failed -> {
            assertThat(failed.rules()).isEqualTo(FailedPartner.ACTIVE);
            assertThat(failed.hint()).contains("reads a text as a number");
        });
    }
}
