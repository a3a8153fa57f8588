package dev.partnertier.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.partnertier.decision.RulesPace.Change;

/**
 * Rules are slow once their average passes the limit with slow decisions one after another, quick again under a
 * quarter of it, and measured anew when replaced; a stall over the decisions in flight does not make them slow.
 * (An event loop's next decision begins when its last one is counted; decisions under way at once each took
 * {@link RulesPace#before} before any of them was counted.)
 */
class RulesPaceTest {

    private static final long MS = 1_000_000;
    private final RulesPace pace = new RulesPace(Duration.ofMillis(20));
    private final Object shipped = new Object();
    private final Object edited = new Object();
    /** One decision after the one before it was counted, on the same event loop. */
    private Change decide(Object rules, long nanos) {
        return pace.record(rules, pace.before(rules), nanos);
    }

    @Test
    void quickRulesStayQuickThroughAFewSlowFirstDecisions() {
        assertThat(pace.quick(shipped)).isTrue();
        assertThat(decide(shipped, 60 * MS)).as("a cold first decision").isEqualTo(Change.NONE);
        for (int i = 0; i < 1000; i++) {
            assertThat(decide(shipped, 30_000)).isEqualTo(Change.NONE);
        }
        assertThat(pace.quick(shipped)).isTrue();
        assertThat(pace.slow(shipped)).isFalse();
        assertThat(pace.averageNanos(shipped)).isBetween(25_000L, 35_000L);
    }

    @Test
    void rulesThatTakeThreeTimesTheLimitAreSlowAtTheFourthDecisionAndSaidSoOnce() {
        for (int i = 0; i < 3; i++) {
            assertThat(decide(edited, 60 * MS)).isEqualTo(Change.NONE);
        }
        assertThat(decide(edited, 60 * MS)).isEqualTo(Change.SLOW);
        assertThat(pace.quick(edited)).isFalse();
        assertThat(pace.slow(edited)).isTrue();
        for (int i = 0; i < 20; i++) {
            assertThat(decide(edited, 60 * MS)).isEqualTo(Change.NONE);
        }
        assertThat(pace.quick(edited)).isFalse();
    }

    @Test
    void rulesSlowForOnePartnerInTenAreFoundAtTheThirdSuchPartner() {
        Change change = Change.NONE;
        int decisions = 0;
        while (change != Change.SLOW && decisions < 100) {
            change = decide(edited, decisions % 10 == 9 ? 1_000 * MS : 30_000);
            decisions++;
        }
        assertThat(change).isEqualTo(Change.SLOW);
        assertThat(decisions).as("the third partner that takes a second").isEqualTo(30);
    }

    @Test
    void slowRulesOnEventLoopsThatDecideAtOnceAreFound() {
        // four event loops, each beginning a 60 ms decision while the others' are under way
        long[] before = new long[4];
        Change change = Change.NONE;
        int decisions = 0;
        for (int loop = 0; loop < 4; loop++) {
            before[loop] = pace.before(edited);
        }
        while (change != Change.SLOW && decisions < 100) {
            int loop = decisions % 4;
            change = pace.record(edited, before[loop], 60 * MS);
            before[loop] = pace.before(edited); // its next decision begins when this one is counted
            decisions++;
        }
        assertThat(change).isEqualTo(Change.SLOW);
        assertThat(decisions).isBetween(4, 8);
    }

    @Test
    void aStallOverTheDecisionsInFlightDoesNotMakeQuickRulesSlowEvenWithOneSlowDecisionAfterIt() {
        for (int stall = 0; stall < 3; stall++) {
            for (int i = 0; i < 100; i++) {
                decide(shipped, 30_000);
            }
            long[] before = new long[4];
            for (int loop = 0; loop < 4; loop++) {
                before[loop] = pace.before(shipped); // all four under way when the pause stops them
            }
            for (int loop = 0; loop < 4; loop++) {
                assertThat(pace.record(shipped, before[loop], 325 * MS)).isEqualTo(Change.NONE);
            }
            for (int i = 0; i < 5; i++) {
                decide(shipped, 30_000);
            }
            assertThat(decide(shipped, 25 * MS)).as("one decision preempted for a while after the pause").isEqualTo(Change.NONE);
            assertThat(pace.quick(shipped)).isTrue();
        }
        assertThat(pace.averageNanos(shipped)).as("the stalls did count in the average").isGreaterThan(20 * MS);
    }

    @Test
    void aLimitOfZeroKeepsEverySmallPartnerOffTheEventLoopWithoutCallingTheRulesSlow() {
        RulesPace never = new RulesPace(Duration.ZERO);
        assertThat(never.quick(shipped)).isFalse();
        assertThat(never.record(shipped, never.before(shipped), 30 * MS)).isEqualTo(Change.NONE);
        assertThat(never.record(shipped, never.before(shipped), 30 * MS)).isEqualTo(Change.NONE);
        assertThat(never.quick(shipped)).isFalse();
        assertThat(never.slow(shipped)).as("what partner_tier_rules_slow shows").isFalse();
    }

    @Test
    void slowRulesAreQuickAgainOnlyUnderAQuarterOfTheLimit() {
        for (int i = 0; i < 30; i++) {
            decide(edited, 40 * MS);
        }
        assertThat(pace.quick(edited)).isFalse();
        for (int i = 0; i < 100; i++) {
            decide(edited, 10 * MS); // under the limit, over a quarter of it: still slow
        }
        assertThat(pace.quick(edited)).isFalse();
        Change last = Change.NONE;
        int quickAfter = 0;
        while (last != Change.QUICK) {
            last = decide(edited, 30_000);
            quickAfter++;
        }
        assertThat(quickAfter).isBetween(2, 20);
        assertThat(pace.quick(edited)).isTrue();
        assertThat(pace.slow(edited)).isFalse();
    }

    @Test
    void rulesThatGoLiveAreMeasuredAnew() {
        for (int i = 0; i < 10; i++) {
            decide(edited, 100 * MS);
        }
        assertThat(pace.quick(edited)).isFalse();
        assertThat(pace.quick(shipped)).as("other rules are not judged by these").isTrue();
        assertThat(decide(shipped, 30_000)).isEqualTo(Change.NONE);
        assertThat(pace.quick(shipped)).isTrue();
        assertThat(pace.averageNanos(shipped)).isLessThan(30_000);
        assertThat(pace.averageNanos(edited)).as("no longer measured").isZero();
    }
}
