package dev.partnertier.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partnertier.engine.Hint;
import dev.partnertier.engine.RuleInfo;
import dev.partnertier.scenarios.ScenarioResult.Mismatch;

/** When two scenarios' failures of the rules are the same failure, which {@code check-rules} then says once. */
class ScenarioResultTest {

    private static final RuleInfo SUM = new RuleInfo("The sum", "entitlements.drl", 12, "");
    private static final RuleInfo SECOND = new RuleInfo("A second count", "extra.drl", 4, "");
    private static final Hint SINGLE = Hint.of("runtime.single", "ActiveEntitlements");
    private static final Hint NULL = Hint.of("runtime.null");
    private static final Hint VERDICTS = Hint.of("runtime.verdicts");
    private static final String IN_THEN = "a failure of the rules: the rule \"X\" (x.drl, line 4) failed: ";

    private static Mismatch failure(String actual, Hint hint, RuleInfo... rules) {
        return new Mismatch(ScenarioRunner.DECISION, "the tier GOLD", actual, hint, List.of(rules));
    }

    @Test
    void theSameRulesAndHintAreTheSameFailureWhateverFiguresTheMessagesQuote() {
        Mismatch gold = failure("... total=4000 ... (extra.drl, line 4)", SINGLE, SECOND, SUM);
        Mismatch none = new Mismatch(ScenarioRunner.DECISION, "the tier NONE", "... total=500 ... (extra.drl, line 4)",
                SINGLE, List.of(SECOND, SUM));
        assertThat(none.sameFailureAs(gold)).isTrue();
        assertThat(gold.sameFailureAs(none)).isTrue();
    }

    @Test
    void aLoopIsTheSameFailureWhateverItsLimitAndFirings() {
        Hint loop = Hint.of("runtime.loop");
        assertThat(failure("the rules did not settle after 1150 firings; the rule \"X\" (x.drl, line 4) fired 1100 times",
                loop, SUM).sameFailureAs(failure(
                        "the rules did not settle after 1400 firings; the rule \"X\" (x.drl, line 4) fired 1351 times",
                        loop, SUM))).isTrue();
    }

    @Test
    void theRulesNamedMayComeInAnyOrder() {
        assertThat(failure("x", SINGLE, SUM, SECOND).sameFailureAs(failure("x", SINGLE, SECOND, SUM))).isTrue();
    }

    @Test
    void theSameRuleAndHintWithAnotherMessageIsAnotherFailure() {
        Mismatch inThen = failure(IN_THEN + "NullPointerException: a", NULL, SUM);
        // a condition of the same rule, both a missing value
        assertThat(failure("a failure of the rules: a condition of the rule \"X\" (x.drl, line 4) failed: "
                + "NullPointerException: a", NULL, SUM).sameFailureAs(inThen)).isFalse();
        // two missing values in one consequence, named by Java after the variables, numbered or not
        assertThat(failure(IN_THEN + "NullPointerException: b", NULL, SUM).sameFailureAs(inThen)).isFalse();
        assertThat(failure(IN_THEN + "NullPointerException: because \"code1\" is null", NULL, SUM)
                .sameFailureAs(failure(IN_THEN + "NullPointerException: because \"code2\" is null", NULL, SUM))).isFalse();
        assertThat(failure(IN_THEN + "NullPointerException: because \"$c1\" is null", NULL, SUM)
                .sameFailureAs(failure(IN_THEN + "NullPointerException: because \"$c2\" is null", NULL, SUM))).isFalse();
        // two exceptions without a hint
        assertThat(failure(IN_THEN + "IllegalStateException: a", null, SUM)
                .sameFailureAs(failure(IN_THEN + "UnsupportedOperationException: a", null, SUM))).isFalse();
    }

    @Test
    void aMessageThatNamesARuleNotKnownIsAnotherFailureThanOneThatNamesAnother() {
        assertThat(failure("Verdict[tier=GOLD] from the rule \"A\"; Verdict[tier=SILVER] from a rule not known", VERDICTS, SUM)
                .sameFailureAs(failure("Verdict[tier=GOLD] from the rule \"A\"; Verdict[tier=NONE] from a rule not known",
                        VERDICTS, SUM)))
                .isFalse();
    }

    @Test
    void otherRulesOrAnotherHintAreAnotherFailure() {
        Mismatch gold = failure("same text", SINGLE, SECOND, SUM);
        assertThat(failure("same text", SINGLE, SUM).sameFailureAs(gold)).isFalse();
        assertThat(failure("same text", VERDICTS, SECOND, SUM).sameFailureAs(gold)).isFalse();
        assertThat(failure("same text", Hint.of("runtime.single", "QualifiedIndividuals"), SECOND, SUM).sameFailureAs(gold))
                .isFalse();
        assertThat(failure("same text", null, SECOND, SUM).sameFailureAs(gold)).isFalse();
    }

    @Test
    void failuresThatNameNoRuleAreTheSameWhenTheirMessagesAre() {
        assertThat(failure("the rules threw 1", null).sameFailureAs(failure("the rules threw 2", null))).isTrue();
        assertThat(failure("the rules threw", null).sameFailureAs(failure("the rules failed", null))).isFalse();
        Hint noVerdict = Hint.of("runtime.no-verdict");
        assertThat(failure("no verdict", noVerdict).sameFailureAs(failure("no verdict", noVerdict))).isTrue();
    }

    @Test
    void otherMismatchesAreNeverTheSameFailure() {
        Mismatch tier = new Mismatch("tier", "GOLD", "SILVER");
        assertThat(tier.sameFailureAs(tier)).isFalse();
        Mismatch decisionLike = new Mismatch("tier", "GOLD", "x", SINGLE, List.of(SUM));
        assertThat(decisionLike.sameFailureAs(failure("x", SINGLE, SUM))).isFalse();
        assertThat(failure("x", SINGLE, SUM).sameFailureAs(decisionLike)).isFalse();
    }

    @Test
    void noRulesIsAnEmptyList() {
        assertThat(new Mismatch(ScenarioRunner.DECISION, "GOLD", "x", null, null).rules()).isEmpty();
    }
}
