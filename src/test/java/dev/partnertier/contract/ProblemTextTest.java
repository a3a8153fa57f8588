package dev.partnertier.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.partnertier.testing.Translations;

/** The Korean problem texts say everything the English ones say, with the same arguments. */
class ProblemTextTest {

    @Test
    void everyEnglishTextHasAKoreanOneWithTheSameArguments() {
        Translations.assertComplete(ProblemText.class, "problems.properties", "problems_ko.properties", 40, false);
    }

    @Test
    void aBodyCutOffIsSaidInBothLanguages() {
        assertThat(ProblemText.in(Locale.ENGLISH).format("body.ended-early-at", 1, 20))
                .isEqualTo("the JSON ends before it is complete (line 1, column 20): a closing brace or bracket is missing, "
                        + "or the text was cut off");
        assertThat(ProblemText.in(Locale.KOREAN).format("body.ended-early-at", 1, 20))
                .isEqualTo("JSON이 완성되기 전에 끝났습니다(1행 20열): 닫는 중괄호나 대괄호가 빠졌거나 텍스트가 잘렸을 수 있습니다");
    }
}
