package dev.partnertier.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.partnertier.decision.RulesPace.Change;

/**
 * Rules are slow once their average passes the limit with slow decisions one after another, quick again under a
 * quarter of it, and measured anew when replaced; a stall over the decisions in flight does not make them slow.
 */
class RulesPaceTest {

    private static final long MS = 1_000_000;
    private final RulesPace pace = new RulesPace(Duration.ofMillis(20));
    private final Object shipped = new Object();
    private final Object edited = new Object();
    /** The time on an event loop that decides one partner after another ({@code System.nanoTime()}'s origin is arbitrary). */
    private long clock = -5_000 * MS;

    /** One decision after the one before it on the same event loop. */
    private Change decide(Object rules, long nanos) {
        Change change = pace.record(rules, clock, nanos);
        clock += nanos + 10_000;
        return change;
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
    void rulesSlowForOnePartnerInTenAreFoundAtTheSecondSuchPartner() {
        Change change = Change.NONE;
        int decisions = 0;
        while (change != Change.SLOW && decisions < 100) {
            change = decide(edited, decisions % 10 == 9 ? 1_000 * MS : 30_000);
            decisions++;
        }
        assertThat(change).isEqualTo(Change.SLOW);
        assertThat(decisions).as("the second partner that takes a second").isEqualTo(20);
    }

    @Test
    void aStallOverTheDecisionsInFlightDoesNotMakeQuickRulesSlow() {
        for (int stall = 0; stall < 3; stall++) {
            for (int i = 0; i < 100; i++) {
                decide(shipped, 30_000);
            }
            long began = clock;
            for (int loop = 0; loop < 4; loop++) {
                // one decision per event loop, all stopped by the same garbage-collection pause, ending in turn after it
                assertThat(pace.record(shipped, began + loop * 20_000, 325 * MS)).isEqualTo(Change.NONE);
            }
            clock = began + 326 * MS;
            assertThat(pace.quick(shipped)).isTrue();
        }
        assertThat(pace.averageNanos(shipped)).as("the stalls did count in the average").isGreaterThan(20 * MS);
    }

    @Test
    void aLimitOfZeroKeepsEverySmallPartnerOffTheEventLoopWithoutCallingTheRulesSlow() {
        RulesPace never = new RulesPace(Duration.ZERO);
        assertThat(never.quick(shipped)).isFalse();
        assertThat(never.record(shipped, 0, 30 * MS)).isEqualTo(Change.NONE);
        assertThat(never.record(shipped, 40 * MS, 30 * MS)).isEqualTo(Change.NONE);
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
