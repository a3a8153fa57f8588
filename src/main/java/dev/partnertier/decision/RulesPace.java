package dev.partnertier.decision;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How long the active rules take to evaluate a small partner, as a moving average of their recent decisions, and
 * whether that is still quick enough to decide small partners on the event loop. The shipped rules take about 25 µs
 * (bench/README.md); a rule edit that takes tens of milliseconds, for every partner or for some, would hold an event
 * loop that long, and with it every request and health probe that loop serves.
 *
 * <p>Rules are <em>slow</em> when their average passes the limit and two slow decisions (each over the limit) among
 * the last {@value #WINDOW} did not overlap in time; they are quick again when the average falls under a quarter of the
 * limit (so that they do not flap at it). The second condition tells the rules' own slowness from a stall of the whole
 * process: a garbage-collection pause (up to 325 ms were measured under overload, bench/README.md) or the container's
 * CPU quota running out stops every decision in flight at once, and those decisions, one per event loop, overlap;
 * decisions one after the other on an event loop do not. So slow rules are found within a few decisions (a rule that
 * takes 60 ms at its fourth), rules slow for one partner in ten as soon as the second such partner comes, and a stall
 * alone never makes quick rules slow. A new rule set starts quick, with an average of 0: its first decisions while the
 * JIT compiles the consequences take milliseconds, not tens. A limit of zero (or less) keeps every small partner off
 * the event loop, and rules are then never said to be slow.
 *
 * <p>Thread-safe without locks: event loops record concurrently, and two updates that race lose one sample (or one
 * count), which an average over many decisions does not notice. The change to slow or quick is reported once.
 */
final class RulesPace {

    /** Each decision counts for an eighth of the average: it follows a change within a dozen decisions. */
    private static final double WEIGHT = 0.125;
    /** How many decisions back two slow decisions one after the other still say the rules are slow. */
    static final int WINDOW = 16;

    /** A change of pace, for the caller to tell operators of. */
    enum Change {
        NONE, SLOW, QUICK
    }

    /** The pace of one rule set: replaced whole when other rules go live. */
    private static final class Measured {
        final Object rules;
        final AtomicBoolean slow = new AtomicBoolean();
        final AtomicLong averageNanos = new AtomicLong();
        /** Decisions recorded (racing updates may lose one). */
        volatile long decisions;
        /** Where the latest slow decision ended ({@code System.nanoTime()}), and at which decision it was recorded. */
        volatile long slowEndNanos;
        volatile long slowAt = Long.MIN_VALUE / 2;
        /** The decision at which a slow decision began after the one before it had ended. */
        volatile long oneAfterAnotherAt = Long.MIN_VALUE / 2;

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

    /**
     * True when a small partner may be decided on the event loop with these rules (the rule set active for a decision,
     * by identity): they have not been found slow, and the limit is above zero.
     */
    boolean quick(Object rules) {
        return slowNanos > 0 && !slow(rules);
    }

    /** True while these rules are found slow (never with a limit of zero). */
    boolean slow(Object rules) {
        Measured now = measured;
        return now.rules == rules && now.slow.get();
    }

    /** The average evaluation time of a small partner with these rules, in nanoseconds (0 before their first). */
    long averageNanos(Object rules) {
        Measured now = measured;
        return now.rules == rules ? now.averageNanos.get() : 0;
    }

    /**
     * Counts one small partner's evaluation with these rules.
     *
     * @param startNanos when the evaluation began ({@code System.nanoTime()})
     * @param nanos the evaluation's time (facts inserted, rules fired, conclusions collected)
     * @return {@link Change#SLOW} or {@link Change#QUICK} for the one decision that changed the rules' pace
     */
    Change record(Object rules, long startNanos, long nanos) {
        if (slowNanos <= 0) {
            return Change.NONE;
        }
        Measured now = measured;
        if (now.rules != rules) {
            now = new Measured(rules);
            measured = now; // other rules went live: they are measured anew
        }
        long decision = now.decisions + 1;
        now.decisions = decision;
        if (nanos > slowNanos) {
            if (decision - now.slowAt <= WINDOW && startNanos - now.slowEndNanos > 0) {
                now.oneAfterAnotherAt = decision;
            }
            long end = startNanos + nanos;
            now.slowEndNanos = decision - now.slowAt <= WINDOW && now.slowEndNanos - end > 0 ? now.slowEndNanos : end;
            now.slowAt = decision;
        }
        long average = now.averageNanos.get();
        long updated = average + (long) ((nanos - average) * WEIGHT);
        now.averageNanos.lazySet(updated); // a racing update may be lost: see the class comment
        if (updated > slowNanos && decision - now.oneAfterAnotherAt <= WINDOW && !now.slow.get()
                && now.slow.compareAndSet(false, true)) {
            return Change.SLOW;
        }
        if (updated < quickNanos && now.slow.get() && now.slow.compareAndSet(true, false)) {
            return Change.QUICK;
        }
        return Change.NONE;
    }
}
