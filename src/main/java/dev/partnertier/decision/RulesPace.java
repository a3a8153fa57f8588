package dev.partnertier.decision;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How long the active rules take to evaluate a small partner, as a moving average of their recent decisions, and
 * whether that is still quick enough to decide small partners on the event loop. The shipped rules take about 25 µs
 * (bench/README.md); a rule edit that takes tens of milliseconds would hold an event loop that long for every small
 * partner, and with it every request and health probe that loop serves. Such rules are <em>slow</em> from the moment
 * their average passes the limit, and quick again when it falls under a quarter of it (so that they do not flap at
 * the limit). A new rule set starts quick, with an average of 0, and no decision counts for more than twice the limit:
 * it takes six decisions in a row at twice the limit or more to make rules slow. So neither the first decisions while
 * the JIT compiles the rules' consequences, nor a garbage-collection pause that stops the decisions in flight (at most
 * one per event loop, four on two processors; pauses of up to 325 ms were measured under overload, bench/README.md)
 * make quick rules slow; rules an edit made slow are found so within six decisions. A limit of zero (or less) keeps
 * every small partner off the event loop.
 *
 * <p>Thread-safe without locks: event loops record concurrently, and two updates that race lose one sample, which
 * an average over many decisions does not notice. The change to slow or quick is reported once.
 */
final class RulesPace {

    /** Each decision counts for an eighth of the average: it follows a change within a dozen decisions. */
    private static final double WEIGHT = 0.125;
    /** No decision counts for more than this many times the limit (see the class comment). */
    private static final long CAP = 2;

    /** A change of pace, for the caller to tell operators of. */
    enum Change {
        NONE, SLOW, QUICK
    }

    /** The pace of one rule set: replaced whole when other rules go live. */
    private static final class Measured {
        final Object rules;
        final AtomicBoolean slow = new AtomicBoolean();
        final AtomicLong averageNanos = new AtomicLong();

        Measured(Object rules) {
            this.rules = rules;
        }
    }

    private final long slowNanos;
    private final long quickNanos;
    private volatile Measured measured = new Measured(null);

    /** @param limit the average evaluation time above which the rules are slow ({@code admission.event-loop-limit}) */
    RulesPace(Duration limit) {
        this.slowNanos = limit.toNanos();
        this.quickNanos = slowNanos / 4;
    }

    /** True unless these rules (the rule set active for a decision, by identity) have been found slow. */
    boolean quick(Object rules) {
        Measured now = measured;
        return slowNanos > 0 && (now.rules != rules || !now.slow.get());
    }

    /** The average evaluation time of a small partner with these rules, in nanoseconds (0 before their first). */
    long averageNanos(Object rules) {
        Measured now = measured;
        return now.rules == rules ? now.averageNanos.get() : 0;
    }

    /**
     * Counts one small partner's evaluation with these rules.
     *
     * @param nanos the evaluation's time (facts inserted, rules fired, conclusions collected)
     * @return {@link Change#SLOW} or {@link Change#QUICK} for the one decision that changed the rules' pace
     */
    Change record(Object rules, long nanos) {
        Measured now = measured;
        if (now.rules != rules) {
            now = new Measured(rules);
            measured = now; // other rules went live: they are measured anew
        }
        long average = now.averageNanos.get();
        long updated = average + (long) ((Math.min(nanos, CAP * slowNanos) - average) * WEIGHT);
        now.averageNanos.lazySet(updated); // a racing update may be lost: see the class comment
        if (updated > slowNanos && !now.slow.get() && now.slow.compareAndSet(false, true)) {
            return Change.SLOW;
        }
        if (updated < quickNanos && now.slow.get() && now.slow.compareAndSet(true, false)) {
            return Change.QUICK;
        }
        return Change.NONE;
    }
}
