package dev.partnertier.observability;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

/**
 * Prometheus metrics of the rules: which version answers ({@code partner_tier_rules_active{version}} is 1 for it)
 * and how reloads went ({@code partner_tier_rules_reloads_total{result}}).
 */
@ApplicationScoped
public class RulesMetrics {

    private final Counter reloaded;
    private final Counter reloadFailed;
    private final MultiGauge activeVersion;

    public RulesMetrics(MeterRegistry meters) {
        this.reloaded = reloads(meters, "success");
        this.reloadFailed = reloads(meters, "failure");
        this.activeVersion = MultiGauge.builder("partner.tier.rules.active")
                .description("1 for the version of the rules that answers requests")
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
}
