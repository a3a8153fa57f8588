package dev.partnertier.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.partnertier.decision.RulesPace.Change;

/** Rules are slow once their average passes the limit, quick again under a quarter of it, and measured anew when replaced. */
class RulesPaceTest {

    private static final long MS = 1_000_000;
    private final RulesPace pace = new RulesPace(Duration.ofMillis(20));
    private final Object shipped = new Object();
    private final Object edited = new Object();

    @Test
    void quickRulesStayQuickThroughAFewSlowFirstDecisions() {
        assertThat(pace.quick(shipped)).isTrue();
        assertThat(pace.record(shipped, 60 * MS)).as("a cold first decision").isEqualTo(Change.NONE);
        for (int i = 0; i < 1000; i++) {
            assertThat(pace.record(shipped, 30_000)).isEqualTo(Change.NONE);
        }
        assertThat(pace.quick(shipped)).isTrue();
        assertThat(pace.averageNanos(shipped)).isBetween(25_000L, 35_000L);
    }

    @Test
    void slowRulesAreSlowWithinSixDecisionsAndSaidSoOnce() {
        for (int i = 0; i < 5; i++) {
            assertThat(pace.record(edited, 100 * MS)).isEqualTo(Change.NONE);
        }
        assertThat(pace.record(edited, 100 * MS)).isEqualTo(Change.SLOW);
        assertThat(pace.quick(edited)).isFalse();
        for (int i = 0; i < 20; i++) {
            assertThat(pace.record(edited, 100 * MS)).isEqualTo(Change.NONE);
        }
        assertThat(pace.quick(edited)).isFalse();
    }

    @Test
    void aGarbageCollectionPauseOverTheDecisionsInFlightDoesNotMakeQuickRulesSlow() {
        for (int i = 0; i < 100; i++) {
            pace.record(shipped, 30_000);
        }
        for (int i = 0; i < 4; i++) {
            assertThat(pace.record(shipped, 325 * MS)).as("one decision per event loop, stopped by the same pause").isEqualTo(Change.NONE);
        }
        assertThat(pace.quick(shipped)).isTrue();
    }

    @Test
    void aLimitOfZeroKeepsEverySmallPartnerOffTheEventLoop() {
        RulesPace never = new RulesPace(Duration.ZERO);
        assertThat(never.quick(shipped)).isFalse();
        assertThat(never.record(shipped, 30_000)).isEqualTo(Change.NONE);
        assertThat(never.quick(shipped)).isFalse();
    }

    @Test
    void slowRulesAreQuickAgainOnlyUnderAQuarterOfTheLimit() {
        for (int i = 0; i < 30; i++) {
            pace.record(edited, 40 * MS);
        }
        assertThat(pace.quick(edited)).isFalse();
        for (int i = 0; i < 100; i++) {
            pace.record(edited, 10 * MS); // under the limit, over a quarter of it: still slow
        }
        assertThat(pace.quick(edited)).isFalse();
        Change last = Change.NONE;
        int quickAfter = 0;
        while (last != Change.QUICK) {
            last = pace.record(edited, 30_000);
            quickAfter++;
        }
        assertThat(quickAfter).isBetween(2, 20);
        assertThat(pace.quick(edited)).isTrue();
    }

    @Test
    void rulesThatGoLiveAreMeasuredAnew() {
        for (int i = 0; i < 10; i++) {
            pace.record(edited, 100 * MS);
        }
        assertThat(pace.quick(edited)).isFalse();
        assertThat(pace.quick(shipped)).as("other rules are not judged by these").isTrue();
        assertThat(pace.record(shipped, 30_000)).isEqualTo(Change.NONE);
        assertThat(pace.quick(shipped)).isTrue();
        assertThat(pace.averageNanos(shipped)).isLessThan(30_000);
        assertThat(pace.averageNanos(edited)).as("no longer measured").isZero();
    }
}
