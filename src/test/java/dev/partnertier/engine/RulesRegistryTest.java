package dev.partnertier.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import dev.partnertier.model.PartnerFacts;
import dev.partnertier.model.Tier;
import dev.partnertier.scenarios.RulesCopy;

/** Reloads swap the whole rule set or nothing; the last good rules keep answering through failures. */
class RulesRegistryTest {

    private static final String MATURE_SILVER = "Level.SILVER, \"performance\", 2000,";

    @TempDir
    Path dir;
    private RulesRegistry registry;

    static RulesConfig config(Path dir) {
        return new RulesConfig() {
            @Override
            public String dir() {
                return dir.toString();
            }

            @Override
            public Duration compileWait() {
                return Duration.ofSeconds(2);
            }

            @Override
            public Reload reload() {
                return new Reload() {
                    @Override
                    public boolean enabled() {
                        return false;
                    }

                    @Override
                    public Duration debounce() {
                        return Duration.ZERO;
                    }

                    @Override
                    public Duration pollInterval() {
                        return Duration.ZERO;
                    }
                };
            }
        };
    }

    private static final PartnerFacts AT_2200 = Partners.mature().associatedCustomer("t", "EXCHANGE_ONLINE", 2200).byExams("a").build();

    @BeforeEach
    void start() throws IOException {
        RulesCopy.copy(dir);
        registry = new RulesRegistry(config(dir), new SimpleMeterRegistry(), new CompileGate());
        registry.onStart(null);
    }

    private void setMatureSilverThreshold(String threshold) throws IOException {
        Path file = dir.resolve("performance.drl");
        Files.writeString(file, Files.readString(file).replaceAll("Level\\.SILVER, \"performance\", \\d+,",
                "Level.SILVER, \"performance\", " + threshold + ","));
    }

    @Test
    void anEditGoesLiveOnReload() throws IOException {
        String before = registry.active().version();
        assertThat(registry.active().evaluate(AT_2200).verdict().tier()).isEqualTo(Tier.SILVER);

        setMatureSilverThreshold("2500");

        assertThat(registry.reload()).isTrue();
        assertThat(registry.active().version()).isNotEqualTo(before);
        assertThat(registry.active().evaluate(AT_2200).verdict().tier()).isEqualTo(Tier.NONE);
        assertThat(registry.lastFailure()).isEmpty();
    }

    @Test
    void anUnchangedFolderIsNotRecompiled() {
        RuleSet before = registry.active();

        assertThat(registry.reload()).isFalse();
        assertThat(registry.active()).isSameAs(before);
    }

    @Test
    void aBrokenEditKeepsTheLastGoodRulesAndIsReportedUntilFixed() throws IOException {
        RuleSet good = registry.active();
        Path file = dir.resolve("performance.drl");
        String original = Files.readString(file);
        Files.writeString(file, original.replace(MATURE_SILVER, "Level.SILVER, \"performance\", 25 00,"));

        assertThat(registry.reload()).isFalse();

        assertThat(registry.active()).isSameAs(good);
        assertThat(registry.active().evaluate(AT_2200).verdict().tier()).isEqualTo(Tier.SILVER);
        ReloadFailure failure = registry.lastFailure().orElseThrow();
        assertThat(failure.errors()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("performance.drl");
            assertThat(p.line()).isPositive();
        });
        assertThat(failure.version()).isNotEqualTo(good.version());

        Files.writeString(file, original.replace(MATURE_SILVER, "Level.SILVER, \"performance\", 2500,"));

        assertThat(registry.reload()).isTrue();
        assertThat(registry.lastFailure()).isEmpty();
        assertThat(registry.active().evaluate(AT_2200).verdict().tier()).isEqualTo(Tier.NONE);
    }

    @Test
    void undoingABrokenEditClearsTheError() throws IOException {
        Path file = dir.resolve("tier.drl");
        String original = Files.readString(file);
        Files.writeString(file, original + "\nrule \"Unfinished\" when then");
        registry.reload();
        assertThat(registry.lastFailure()).isPresent();

        Files.writeString(file, original);

        assertThat(registry.reload()).isFalse();
        assertThat(registry.lastFailure()).isEmpty();
    }

    @Test
    void rulesThatCompileButReachNoVerdictAreRefused() throws IOException {
        RuleSet good = registry.active();
        Files.delete(dir.resolve("tier.drl"));

        assertThat(registry.reload()).isFalse();

        assertThat(registry.active()).isSameAs(good);
        assertThat(registry.lastFailure().orElseThrow().errors()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("no verdict"));
    }

    @Test
    void rulesThatDoNotCompileAtStartUpStopTheStartWithFileAndLine() throws IOException {
        Path broken = dir.resolve("customers.drl");
        Files.writeString(broken, Files.readString(broken).replace("then", "thn"));

        RulesRegistry fresh = new RulesRegistry(config(dir), new SimpleMeterRegistry(), new CompileGate());

        assertThatThrownBy(() -> fresh.onStart(null))
                .isInstanceOf(RulesCompilationException.class)
                .hasMessageContaining("customers.drl:");
    }

    @Test
    void validatingEditsChangesNothingActive() throws IOException {
        RuleSet good = registry.active();
        String tier = Files.readString(dir.resolve("tier.drl"));

        RulesValidation broken = registry.validate(List.of(new RuleFile("tier.drl", tier.replace("Level.GOLD, met )", "Level.GOLD, met "))));
        RulesValidation fine = registry.validate(List.of(new RuleFile("extra.drl", "package rules;\n")));

        assertThat(broken.valid()).isFalse();
        assertThat(broken.errors()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo("tier.drl"));
        assertThat(fine.valid()).isTrue();
        assertThat(fine.rules()).isEqualTo(good.rules().size());
        assertThat(registry.active()).isSameAs(good);
    }

    @Test
    void evaluationsRunningDuringReloadsNeverFail() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        AtomicBoolean reloading = new AtomicBoolean(true);
        AtomicInteger evaluations = new AtomicInteger();
        try {
            List<Future<?>> evaluators = List.of(pool.submit(() -> evaluateWhile(reloading, evaluations)),
                    pool.submit(() -> evaluateWhile(reloading, evaluations)));
            Path tier = dir.resolve("tier.drl");
            String original = Files.readString(tier);
            for (int i = 0; i < 6; i++) {
                setMatureSilverThreshold(i % 2 == 0 ? "2500" : "2000");
                registry.reload();
                Files.writeString(tier, original + "\nrule \"Broken " + i + "\" when then"); // a failing reload too
                registry.reload();
                Files.writeString(tier, original);
            }
            reloading.set(false);
            for (Future<?> f : evaluators) {
                f.get(60, TimeUnit.SECONDS); // rethrows any failure of an evaluation
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(evaluations.get()).isPositive();
    }

    private Void evaluateWhile(AtomicBoolean running, AtomicInteger count) {
        while (running.get()) {
            Tier tier = registry.active().evaluate(AT_2200).verdict().tier();
            assertThat(tier).isIn(Tier.SILVER, Tier.NONE);
            count.incrementAndGet();
        }
        return null;
    }
}
