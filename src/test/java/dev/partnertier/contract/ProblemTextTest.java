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

    /**
     * A text with arguments goes through MessageFormat, where a quote is written twice; one without is said as written,
     * so a doubled quote there would be said doubled.
     */
    @Test
    void noTextSaysAQuoteTwice() throws java.io.IOException {
        for (String file : new String[] {"problems.properties", "problems_ko.properties"}) {
            java.util.Properties texts = new java.util.Properties();
            try (var in = new java.io.InputStreamReader(ProblemText.class.getResourceAsStream(file), java.nio.charset.StandardCharsets.UTF_8)) {
                texts.load(in);
            }
            Locale language = file.contains("_ko") ? Locale.KOREAN : Locale.ENGLISH;
            for (String key : texts.stringPropertyNames()) {
                Object[] args = texts.getProperty(key).matches("(?s).*\\{\\d.*") ? new Object[] {"a", "b", "c", "d"} : new Object[0];
                assertThat(ProblemText.in(language).format(key, args)).as(file + " " + key).doesNotContain("''");
            }
        }
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
