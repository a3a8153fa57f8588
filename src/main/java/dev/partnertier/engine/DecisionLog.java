package dev.partnertier.engine;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import dev.partnertier.model.PartnerFacts;

/**
 * One line per decision, for operators and audits: request id (from the log context), partner id, tier, rules
 * version, duration and counts, as key=value pairs. No personal data: no names of partners or people.
 * Category {@code partner-tier.decisions}; turned off with {@code decision-log.enabled=false}.
 */
@ApplicationScoped
public class DecisionLog {

    private static final Logger LOG = Logger.getLogger("partner-tier.decisions");

    private final boolean enabled;

    public DecisionLog(@ConfigProperty(name = "decision-log.enabled", defaultValue = "true") boolean enabled) {
        this.enabled = enabled;
    }

    public void decided(PartnerFacts facts, Evaluation e, long nanos) {
        if (enabled && LOG.isInfoEnabled()) {
            LOG.infof("decision partnerId=%s tier=%s rulesVersion=%s durationMs=%.1f customers=%d workloads=%d individuals=%d "
                    + "activeEntitlements=%d qualifiedIndividuals=%d excluded=%d",
                    LogText.safe(facts.partner().partnerId()), e.verdict().tier(), e.rulesVersion(), nanos / 1e6,
                    facts.customers().size(), facts.workloads().size(), facts.individuals().size(),
                    e.activeEntitlements(), e.qualifiedIndividuals(), e.exclusions().size());
        }
    }
}
