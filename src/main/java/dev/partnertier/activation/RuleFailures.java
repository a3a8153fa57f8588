package dev.partnertier.activation;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.partnertier.engine.Hint;
import dev.partnertier.engine.RuleInfo;
import dev.partnertier.engine.RuleOutcomeException;

/**
 * The partners a version of the rules failed on while live ({@code 500 rules-failed}), counted by the rules blamed and
 * the hint: an edit that compiles and decides every scenario's partner can still throw for a partner no scenario
 * resembles, and an analyst sees it here ({@code GET /rules}) instead of in the portal. Nothing of the partners is
 * kept: a failure's message can quote a partner's text, so only the service's log (ERROR, with the request id) has it.
 * Thread-safe; at most {@link #KINDS} kinds are kept (the metric {@code partner_tier_evaluations_total{outcome="failed"}}
 * counts every failure).
 */
public final class RuleFailures {

    /** The kinds kept: far more than a rules folder has rules that fail differently, and a bound on memory whatever. */
    static final int KINDS = 50;

    private final Map<Kind, Seen> seen = new ConcurrentHashMap<>();

    /** One failure of the rules on a partner, at {@code at}. */
    void add(RuleOutcomeException failure, Instant at) {
        Kind kind = new Kind(failure.rules(), failure.hint().map(Hint::key).orElse(""));
        Seen entry = seen.get(kind);
        if (entry == null) {
            if (seen.size() >= KINDS) {
                return;
            }
            entry = seen.computeIfAbsent(kind, k -> new Seen(failure.hint().orElse(null), at));
        }
        entry.add(at);
    }

    /** Each kind seen, most recent first, with its hint in a language (English or Korean). */
    public List<Failure> list(Locale language) {
        return seen.entrySet().stream()
                .map(e -> new Failure(e.getKey().rules(), e.getValue().hint == null ? null : e.getValue().hint.in(language),
                        e.getValue().count.get(), e.getValue().first, e.getValue().last))
                .sorted(Comparator.comparing(Failure::lastAt).reversed())
                .toList();
    }

    private record Kind(List<RuleInfo> rules, String hint) {
    }

    private static final class Seen {
        final Hint hint;
        final AtomicLong count = new AtomicLong();
        final Instant first;
        volatile Instant last;

        Seen(Hint hint, Instant first) {
            this.hint = hint;
            this.first = first;
            this.last = first;
        }

        void add(Instant at) {
            count.incrementAndGet();
            last = at;
        }
    }

    /**
     * One kind of failure.
     *
     * @param rules   the rules blamed, with file and line (empty when none is known)
     * @param hint    what it most likely means and how to fix it, or null
     * @param count   how many partners it happened on
     * @param firstAt the first time
     * @param lastAt  the latest time
     */
    @Schema(description = "Partners the active rules failed on (500 rules-failed), by the rules blamed and the hint; the "
            + "partners' data is not kept, the service's log has each failure with its request id",
            requiredProperties = {"rules", "hint", "count", "firstAt", "lastAt"})
    public record Failure(List<RuleInfo> rules, @Schema(nullable = true) Hint hint, long count, Instant firstAt, Instant lastAt) {
    }
}
