package dev.partnertier.observability;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the decision log ({@code decision-log.*}); this default is the only one (README "Settings"). */
@ConfigMapping(prefix = "decision-log")
public interface DecisionLogConfig {

    /** One {@code partner-tier.decisions} line per decision (env {@code DECISION_LOG_ENABLED}). */
    @WithDefault("true")
    boolean enabled();
}
