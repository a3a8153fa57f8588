package dev.partnertier.observability;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.partnertier.engine.Evaluation;
import dev.partnertier.model.PartnerFacts;

/**
 * One line per decision, for operators and audits: request id (from the log context), partner id, tier, rules
 * version, the rule engine's time in milliseconds to the microsecond ({@code durationMs=0.031}: a small decision
 * takes tens of microseconds) and counts, as key=value pairs. No personal data: no names of partners or people.
 * Category {@code partner-tier.decisions}; turned off with {@code decision-log.enabled=false}. The line is built
 * with a StringBuilder: a printf-style format was a tenth of a small decision's time under load (bench/README.md).
 */
@ApplicationScoped
public class DecisionLog {

    private static final Logger LOG = Logger.getLogger("partner-tier.decisions");

    /** "000" to "999": the microseconds after the point of a duration in milliseconds. */
    private static final String[] THOUSANDTHS = new String[1_000];

    static {
        for (int i = 0; i < THOUSANDTHS.length; i++) {
            THOUSANDTHS[i] = String.format("%03d", i);
        }
    }

    private final boolean enabled;

    public DecisionLog(DecisionLogConfig config) {
        this.enabled = config.enabled();
    }

    public void decided(PartnerFacts facts, Evaluation e, long nanos) {
        if (!enabled || !LOG.isInfoEnabled()) {
            return;
        }
        long micros = nanos / 1_000;
        StringBuilder line = new StringBuilder(256).append("decision partnerId=").append(LogText.safe(facts.partner().partnerId()))
                .append(" tier=").append(e.verdict().tier())
                .append(" rulesVersion=").append(e.rulesVersion())
                .append(" durationMs=").append(micros / 1_000).append('.').append(THOUSANDTHS[(int) (micros % 1_000)])
                .append(" customers=").append(facts.customerCount())
                .append(" workloads=").append(facts.workloadCount())
                .append(" individuals=").append(facts.people().size())
                .append(" activeEntitlements=").append(e.activeEntitlementsTotal())
                .append(" qualifiedIndividuals=").append(e.qualifiedIndividualsCount())
                .append(" excluded=").append(e.excludedCount());
        LOG.info(line);
    }
}
