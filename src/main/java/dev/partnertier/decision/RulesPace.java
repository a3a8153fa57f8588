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
 * <p>Rules are <em>slow</em> when their average passes the limit and slow decisions (each over the limit) came one
 * after another twice within the last {@value #WINDOW} decisions: each began after a slow one before it had been
 * counted, so had ended. They are quick again when the average falls under a quarter of the limit (so that they do
 * not flap at it). The second condition tells the rules' own slowness from a stall of the whole process: a
 * garbage-collection pause (up to 325 ms were measured under overload, bench/README.md) or the container's CPU quota
 * running out stops every decision in flight at once, and none of those began after another was counted. So rules
 * slow for every partner are found within a few decisions (60 ms ones at the fourth on one event loop, by the sixth on
 * four deciding at once), rules slow for one
 * partner in ten at about the third such partner, and a stall, even with one slow decision after it, does not make
 * quick rules slow. A new rule set starts quick, with an average of 0: its first decisions while the JIT compiles the
 * consequences take milliseconds, not tens. A limit of zero (or less) keeps every small partner off the event loop,
 * and rules are then never said to be slow.
 *
 * <p>Thread-safe without locks: event loops record concurrently, and two updates that race lose one sample (or one
 * count), which an average over many decisions does not notice. The change to slow or quick is reported once.
 */
final class RulesPace {

    /** Each decision counts for an eighth of the average: it follows a change within a dozen decisions. */
    private static final double WEIGHT = 0.125;
    /** How many decisions back a slow decision still counts towards the rules being slow. */
    static final int WINDOW = 32;
    /** Decisions ago for none: far outside any window, and far from overflowing. */
    private static final long FAR = Long.MIN_VALUE / 4;

    /** A change of pace, for the caller to tell operators of. */
    enum Change {
        NONE, SLOW, QUICK
    }

    /** The pace of one rule set: replaced whole when other rules go live. */
    private static final class Measured {
        final Object rules;
        final AtomicBoolean slow = new AtomicBoolean();
        final AtomicLong averageNanos = new AtomicLong();
        /** Decisions recorded (racing updates may lose one, or step it back). */
        volatile long decisions;
        /** The decision at which the latest slow decision was recorded. */
        volatile long slowAt = FAR;
        /** The decisions at which the two latest slow decisions that began after another was counted were recorded. */
        volatile long afterAnotherAt = FAR;
        volatile long afterAnotherBeforeAt = FAR;

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
     * What a decision sees as it begins, for {@link #record}: how many decisions ago the latest slow one with these rules
     * was counted (a very large number for none). Two volatile reads.
     */
    long before(Object rules) {
        Measured now = measured;
        return now.rules == rules ? now.decisions - now.slowAt : Long.MAX_VALUE;
    }

    /**
     * Counts one small partner's evaluation with these rules.
     *
     * @param slowBefore what {@link #before} said as the evaluation began
     * @param nanos the evaluation's time (facts inserted, rules fired, conclusions collected)
     * @return {@link Change#SLOW} or {@link Change#QUICK} for the one decision that changed the rules' pace
     */
    Change record(Object rules, long slowBefore, long nanos) {
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
            if (recent(slowBefore)) { // a slow decision had been counted when this one began: not the same stall
                now.afterAnotherBeforeAt = now.afterAnotherAt;
                now.afterAnotherAt = decision;
            }
            now.slowAt = decision;
        }
        long average = now.averageNanos.get();
        long updated = average + (long) ((nanos - average) * WEIGHT);
        now.averageNanos.lazySet(updated); // a racing update may be lost: see the class comment
        if (updated > slowNanos && recent(decision - now.afterAnotherBeforeAt) && !now.slow.get()
                && now.slow.compareAndSet(false, true)) {
            return Change.SLOW;
        }
        if (updated < quickNanos && now.slow.get() && now.slow.compareAndSet(true, false)) {
            return Change.QUICK;
        }
        return Change.NONE;
    }

    /** Within the window, counted in decisions (a count stepped back by a race is not negative time). */
    private static boolean recent(long decisionsAgo) {
        return decisionsAgo >= 0 && decisionsAgo <= WINDOW;
    }
}
