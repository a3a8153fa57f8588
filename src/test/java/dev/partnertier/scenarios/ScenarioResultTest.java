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

    private static Mismatch failure(String actual, Hint hint, RuleInfo... rules) {
        return new Mismatch(ScenarioRunner.DECISION, "the tier GOLD", actual, hint, List.of(rules));
    }

    @Test
    void theSameRulesAndHintAreTheSameFailureWhateverFiguresTheMessagesQuote() {
        Mismatch gold = failure("... total=4000 ...", SINGLE, SECOND, SUM);
        Mismatch none = new Mismatch(ScenarioRunner.DECISION, "the tier NONE", "... total=500 ...", SINGLE, List.of(SECOND, SUM));
        assertThat(none.sameFailureAs(gold)).isTrue();
        assertThat(gold.sameFailureAs(none)).isTrue();
    }

    @Test
    void theRulesNamedMayComeInAnyOrder() {
        assertThat(failure("x", SINGLE, SUM, SECOND).sameFailureAs(failure("x", SINGLE, SECOND, SUM))).isTrue();
    }

    @Test
    void theSameRuleAndHintWithAnotherMessageIsAnotherFailure() {
        // a consequence and a condition of one rule, both a missing value; or two missing values in one consequence
        Mismatch inThen = failure("a failure of the rules: the rule \"X\" (x.drl, line 4) failed: NullPointerException: a", NULL, SUM);
        assertThat(failure("a failure of the rules: a condition of the rule \"X\" (x.drl, line 4) failed: NullPointerException: a",
                NULL, SUM).sameFailureAs(inThen)).isFalse();
        assertThat(failure("a failure of the rules: the rule \"X\" (x.drl, line 4) failed: NullPointerException: b", NULL, SUM)
                .sameFailureAs(inThen)).isFalse();
        assertThat(failure("a failure of the rules: the rule \"X\" (x.drl, line 4) failed: IllegalStateException: a", null, SUM)
                .sameFailureAs(failure("a failure of the rules: the rule \"X\" (x.drl, line 4) failed: UnsupportedOperationException: a",
                        null, SUM))).isFalse();
    }

    @Test
    void aMessageThatNamesARuleNotKnownIsAnotherFailureThanOneThatNamesAnother() {
        assertThat(failure("Verdict[tier=GOLD] from the rule \"A\"; Verdict[tier=SILVER] from a rule not known", VERDICTS, SUM)
                .sameFailureAs(failure("Verdict[tier=GOLD] from the rule \"A\"; Verdict[tier=NONE] from a rule not known", VERDICTS, SUM)))
                .isFalse();
    }

    @Test
    void noRulesIsAnEmptyList() {
        assertThat(new Mismatch("decision", "GOLD", "x", null, null).rules()).isEmpty();
    }

    @Test
    void otherRulesOrAnotherHintAreAnotherFailure() {
        Mismatch gold = failure("same text", SINGLE, SECOND, SUM);
        assertThat(failure("same text", SINGLE, SUM).sameFailureAs(gold)).isFalse();
        assertThat(failure("same text", Hint.of("runtime.verdicts"), SECOND, SUM).sameFailureAs(gold)).isFalse();
        assertThat(failure("same text", Hint.of("runtime.single", "QualifiedIndividuals"), SECOND, SUM).sameFailureAs(gold)).isFalse();
        assertThat(failure("same text", null, SECOND, SUM).sameFailureAs(gold)).isFalse();
    }

    @Test
    void failuresThatNameNoRuleAreTheSameWhenTheirMessagesAre() {
        assertThat(failure("the rules threw 1", null).sameFailureAs(failure("the rules threw 2", null))).isTrue();
        assertThat(failure("the rules threw", null).sameFailureAs(failure("the rules failed", null))).isFalse();
        assertThat(failure("no verdict", Hint.of("runtime.no-verdict")).sameFailureAs(failure("no verdict", Hint.of("runtime.no-verdict"))))
                .isTrue();
    }

    @Test
    void otherMismatchesAreNeverTheSameFailure() {
        Mismatch tier = new Mismatch("tier", "GOLD", "SILVER");
        assertThat(tier.sameFailureAs(tier)).isFalse();
        assertThat(new Mismatch("tier", "GOLD", "SILVER", SINGLE, List.of(SUM)).sameFailureAs(failure("x", SINGLE, SUM))).isFalse();
    }
}
