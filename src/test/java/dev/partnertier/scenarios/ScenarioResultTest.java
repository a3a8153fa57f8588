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
    void otherRulesOrAnotherHintAreAnotherFailure() {
        Mismatch gold = failure("same text", SINGLE, SECOND, SUM);
        assertThat(failure("same text", SINGLE, SUM).sameFailureAs(gold)).isFalse();
        assertThat(failure("same text", Hint.of("runtime.verdicts"), SECOND, SUM).sameFailureAs(gold)).isFalse();
        assertThat(failure("same text", Hint.of("runtime.single", "QualifiedIndividuals"), SECOND, SUM).sameFailureAs(gold)).isFalse();
        assertThat(failure("same text", null, SECOND, SUM).sameFailureAs(gold)).isFalse();
    }

    @Test
    void aFailureThatNamesNoRuleAndGivesNoHintIsNeverTakenForAnother() {
        assertThat(failure("the rules threw", null).sameFailureAs(failure("the rules threw", null))).isFalse();
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
