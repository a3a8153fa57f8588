package dev.partnertier.observability;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.partnertier.engine.Evaluation;
import dev.partnertier.model.PartnerFacts;

/**
 * One line per decision, for operators and audits: request id (from the log context), partner id, tier, rules
 * version, the rule engine's time in milliseconds to the microsecond ({@code durationMs=0.031}: a small decision
 * takes tens of microseconds) and counts, as logfmt key=value pairs (a partner id with a space or {@code =} in quotes). No personal data: no names of partners or people.
 * Category {@code partner-tier.decisions}; turned off with {@code decision-log.enabled=false}. The line is built
 * with a StringBuilder: a printf-style format was a tenth of a small decision's time under load (bench/README.md).
 */
@ApplicationScoped
public class DecisionLog {

    private static final Logger LOG = Logger.getLogger("partner-tier.decisions");

    private final boolean enabled;

    public DecisionLog(DecisionLogConfig config) {
        this.enabled = config.enabled();
    }

    public void decided(PartnerFacts facts, Evaluation e, long nanos) {
        if (!enabled || !LOG.isInfoEnabled()) {
            return;
        }
        StringBuilder line = new StringBuilder(256).append("decision partnerId=").append(LogText.value(facts.partner().partnerId()))
                .append(" tier=").append(e.verdict().tier())
                .append(" rulesVersion=").append(e.rulesVersion())
                .append(" durationMs=");
        milliseconds(line, nanos)
                .append(" customers=").append(facts.customerCount())
                .append(" workloads=").append(facts.workloadCount())
                .append(" individuals=").append(facts.people().size())
                .append(" activeEntitlements=").append(e.activeEntitlementsTotal())
                .append(" qualifiedIndividuals=").append(e.qualifiedIndividualsCount())
                .append(" excluded=").append(e.excludedCount());
        LOG.info(line);
    }

    /** Appends a duration in milliseconds to the microsecond, e.g. {@code 0.031} for 31,000 ns, {@code 1.005} for 1,005,000. */
    static StringBuilder milliseconds(StringBuilder line, long nanos) {
        long micros = nanos / 1_000;
        long fraction = micros % 1_000;
        line.append(micros / 1_000).append('.');
        if (fraction < 100) {
            line.append('0');
        }
        if (fraction < 10) {
            line.append('0');
        }
        return line.append(fraction);
    }
}
