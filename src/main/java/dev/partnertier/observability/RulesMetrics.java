package dev.partnertier.observability;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

/**
 * Prometheus metrics of the rules: which version answers ({@code partner_tier_rules_active{version}} is 1 for it)
 * and how reloads went ({@code partner_tier_rules_reloads_total{result}}); whether an edit waits refused
 * ({@code partner_tier_rules_reload_refused}, 1 or 0, for an alert that lasts as long as the edit); how the scenarios
 * stand on the active rules ({@code partner_tier_rules_scenarios{result="passed|failed"}}).
 */
@ApplicationScoped
public class RulesMetrics {

    private final Counter reloaded;
    private final Counter reloadFailed;
    private final MultiGauge activeVersion;
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger passed = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    public RulesMetrics(MeterRegistry meters) {
        this.reloaded = reloads(meters, "success");
        this.reloadFailed = reloads(meters, "failure");
        this.activeVersion = MultiGauge.builder("partner.tier.rules.active")
                .description("1 for the version of the rules that answers requests")
                .register(meters);
        Gauge.builder("partner.tier.rules.reload.refused", refused, AtomicInteger::get)
                .description("1 while the rules folder holds an edit that did not go live (the reload error in GET /rules and readiness), else 0")
                .register(meters);
        scenarios(meters, "passed", passed);
        scenarios(meters, "failed", failed);
    }

    private static void scenarios(MeterRegistry meters, String result, AtomicInteger count) {
        Gauge.builder("partner.tier.rules.scenarios", count, AtomicInteger::get)
                .description("The scenarios of the rules folder that pass, or fail, on the active rules").tag("result", result)
                .register(meters);
    }

    private static Counter reloads(MeterRegistry meters, String result) {
        return Counter.builder("partner.tier.rules.reloads").description("Rule reloads that went live, or failed")
                .tag("result", result).register(meters);
    }

    public void active(String version) {
        activeVersion.register(List.of(MultiGauge.Row.of(Tags.of("version", version), 1)), true);
    }

    public void reloaded() {
        reloaded.increment();
    }

    public void reloadFailed() {
        reloadFailed.increment();
    }

    /** Whether the folder now holds an edit that was refused. */
    public void refused(boolean refused) {
        this.refused.set(refused ? 1 : 0);
    }

    /** How the folder's scenarios stand on the active rules. */
    public void scenarios(int passed, int failed) {
        this.passed.set(passed);
        this.failed.set(failed);
    }
}
