package dev.partnertier.activation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import dev.partnertier.engine.CompileGate;
import dev.partnertier.engine.RulesCompilationException;
import dev.partnertier.observability.RulesMetrics;
import dev.partnertier.testing.RulesCopy;

/**
 * With {@code rules.reload.require-passing-scenarios} on, the running replicas refuse an edit its scenarios fail; a
 * replica started since (a restart, a scale-up) on that edit has no earlier rules to keep. It serves them, and
 * readiness and the metrics say that scenarios fail on them; the gauges also show whether an edit waits refused.
 */
class StartingOnRefusedRulesTest {

    private static final String MATURE_SILVER = "Silver performance threshold in a mature market";

    @TempDir
    Path dir;
    private final MeterRegistry meters = new SimpleMeterRegistry();
    private ActiveRules active;
    private RulesReload reload;

    @BeforeEach
    void copy() throws IOException {
        RulesCopy.copy(dir);
    }

    private void start(boolean requirePassingScenarios) {
        RulesMetrics metrics = new RulesMetrics(meters);
        active = new ActiveRules(new TestConfig(dir, null, requirePassingScenarios), new RulesLoader(new CompileGate()), metrics);
        active.onStart(null);
        reload = new RulesReload(active, metrics);
    }

    private HealthCheckResponse readiness() {
        return new RulesReadiness(active).call();
    }

    private double gauge(String name, String... tags) {
        return meters.get(name).tags(tags).gauge().value();
    }

    /** Quarkus says only "Failed to start application", with the reason deep in its cause: the reason has a line of its own. */
    @Test
    void rulesThatDoNotCompileStopTheStartAndSayWhyOnALineOfTheirOwn() throws IOException {
        RulesCopy.replace(dir.resolve("exams.drl"), "Threshold( Level.SILVER, Requirement.EXAMS, 1 )", "Threshold( Level.SILVER, Requirement.EXAMS, 1,000 )");
        List<LogRecord> errors = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(ActiveRules.class.getName());
        logger.addHandler(capture);
        try {
            assertThatThrownBy(() -> start(false)).isInstanceOf(RulesCompilationException.class);
        } finally {
            logger.removeHandler(capture);
        }
        assertThat(errors).singleElement().satisfies(record -> assertThat(record.getMessage())
                .startsWith("No rules to start with from " + dir + ", so the service cannot start. The rules do not compile:")
                .contains("exams.drl:"));
    }

    @Test
    void aReplicaStartedOnRulesItsScenariosFailServesThemAndSaysSoUntilTheScenariosAreFixed() throws IOException {
        RulesCopy.setThreshold(dir, MATURE_SILVER, "2500"); // the edit the running replicas refused

        start(true);

        int failing = active.version().scenarios().failed();
        assertThat(failing).isPositive();
        HealthCheckResponse started = readiness();
        assertThat(started.getStatus()).isEqualTo(HealthCheckResponse.Status.UP); // a replica never ready would be restarted
        assertThat(started.getData().orElseThrow()).containsEntry("failingScenarios", (long) failing)
                .containsEntry("version", active.get().version());
        assertThat(gauge("partner.tier.rules.scenarios", "result", "failed")).isEqualTo(failing);

        // the analysts retire the scenarios the new threshold breaks: the same rules now pass
        for (String file : active.version().scenarios().failing().stream().map(r -> r.file()).distinct().toList()) {
            Files.delete(dir.resolve("scenarios").resolve(file));
        }
        assertThat(reload.reload()).isFalse();
        assertThat(readiness().getData().orElseThrow()).containsEntry("failingScenarios", 0L);
        assertThat(gauge("partner.tier.rules.scenarios", "result", "failed")).isZero();
        assertThat(gauge("partner.tier.rules.scenarios", "result", "passed")).isPositive();
    }

    @Test
    void aReplicaThatStartedOnPassingRulesKeepsThemWhenAnEditIsRefusedAndTheGaugeLastsAsLongAsTheEdit() throws IOException {
        start(true);
        assertThat(gauge("partner.tier.rules.reload.refused")).isZero();
        String version = active.get().version();

        RulesCopy.setThreshold(dir, MATURE_SILVER, "2500");
        assertThat(reload.reload()).isFalse();

        assertThat(active.get().version()).isEqualTo(version);
        assertThat(readiness().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(readiness().getData().orElseThrow().get("lastReloadError").toString()).contains("rules.reload.require-passing-scenarios");
        assertThat(gauge("partner.tier.rules.reload.refused")).isEqualTo(1);
        assertThat(reload.reload()).isFalse(); // still refused, not counted again: the gauge stays
        assertThat(gauge("partner.tier.rules.reload.refused")).isEqualTo(1);

        RulesCopy.setThreshold(dir, MATURE_SILVER, "2000"); // reverted to the active rules
        assertThat(reload.reload()).isFalse();
        assertThat(gauge("partner.tier.rules.reload.refused")).isZero();
        assertThat(readiness().getData().orElseThrow()).containsEntry("lastReloadError", "none");
    }
}
