package dev.partnertier.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.partnertier.engine.Hint;

/** A sentence a scenario expects and the answer lacks is shown beside the answer's closest one, from where they part. */
class ClosestSentenceTest {

    private static final List<String> ANSWER = List.of(
            "Tier SILVER: every Silver requirement is met, but not every Gold requirement.",
            "Gold performance not met: 3,999 active entitlements, 5,000 required in every market",
            "Gold needs 1,001 more active entitlements: 5,000 required in every market, 3,999 counted.");

    @Test
    void theClosestSentenceAndWhereTheTwoPartAreNamed() {
        Hint hint = ClosestSentence.hint("Gold needs 1 more active entitlement: 4,000 required in every market, 3,999 counted.", ANSWER);

        assertThat(hint.text()).isEqualTo("The answer's closest sentence is \"Gold needs 1,001 more active entitlements: 5,000 required "
                + "in every market, 3,999 counted.\". After \"Gold needs\", the scenario expects \"1 more active entitlement: 4,000 "
                + "require…\" and the answer says \"1,001 more active entitlements: 5,000 re…\".");
        assertThat(hint.in(Locale.KOREAN).text()).startsWith("답변에서 가장 가까운 문장은 \"Gold needs 1,001");
    }

    @Test
    void nothingCloseIsNoHint() {
        assertThat(ClosestSentence.hint("Tier GOLD: every Gold requirement is met.", List.of("2 qualified individuals: each person "
                + "counts once, whichever routes they meet."))).isNull();
        assertThat(ClosestSentence.hint("anything", List.of())).isNull();
    }
}
