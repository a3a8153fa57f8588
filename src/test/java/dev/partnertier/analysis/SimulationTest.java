package dev.partnertier.analysis;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.partnertier.contract.PartnerReader;
import dev.partnertier.contract.RequestLimits;
import dev.partnertier.contract.StrictJson;
import dev.partnertier.model.Level;
import dev.partnertier.model.Requirement;
import dev.partnertier.model.Tier;
import dev.partnertier.testing.RulesCopy;
import dev.partnertier.testing.ShippedRules;

/** What-if without Quarkus: the shipped rules against a candidate, on the example portfolio of examples/what-if. */
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
        LoadedRules candidate = ShippedRules.load(candidateDir);
        return new Simulation(ShippedRules.get(), candidate, new PartnerReader(StrictJson.configure(new ObjectMapper()), RequestLimits.NONE),
                Locale.ENGLISH, true);
    }

    @Test
    void raisingGoldTo4500MovesThePartnerAt4200ToSilverAndLeavesTheOthers() throws IOException {
        Simulation simulation = simulation();
        portfolio().forEach(simulation::add);
        SimulationReport report = simulation.report();

        assertThat(report.unchanged()).isEqualTo(2);
        assertThat(report.invalid()).isEmpty();
        assertThat(report.activeVersion()).isEqualTo(ShippedRules.get().version()).isNotEqualTo(report.candidateVersion());
        assertThat(report.changed()).singleElement().satisfies(change -> {
            assertThat(change.partnerId()).isEqualTo("fourth-coffee");
            assertThat(change.index()).isZero();
            assertThat(change.from()).isEqualTo(Tier.GOLD);
            assertThat(change.to()).isEqualTo(Tier.SILVER);
            assertThat(change.requirements()).containsExactly(new RequirementChange(Level.GOLD, Requirement.PERFORMANCE,
                    new Outcome(true, 4200, 4000), new Outcome(false, 4200, 4500)));
        });
    }

    @Test
    void theSameRulesChangeNobody() throws IOException {
        Simulation same = new Simulation(ShippedRules.get(), ShippedRules.get(),
                new PartnerReader(StrictJson.configure(new ObjectMapper()), RequestLimits.NONE), Locale.ENGLISH, true);
        portfolio().forEach(same::add);
        assertThat(same.report().changed()).isEmpty();
        assertThat(same.report().unchanged()).isEqualTo(3);
    }

    @Test
    void anUnreadablePartnerIsReportedByIndexAndTheOthersStillCount() throws IOException {
        Simulation simulation = simulation();
        simulation.add("{\"partnerId\": \"x\", \"market\": \"MOON\"}".getBytes());
        portfolio().forEach(simulation::add);
        SimulationReport report = simulation.report();
        assertThat(report.invalid()).singleElement().satisfies(bad -> {
            assertThat(bad.index()).isZero();
            assertThat(bad.errors()).extracting(InvalidPartner.Field::field).containsExactly("market");
        });
        assertThat(report.changed()).extracting(PartnerChange::index).containsExactly(1);
        assertThat(report.unchanged()).isEqualTo(2);
    }
}
