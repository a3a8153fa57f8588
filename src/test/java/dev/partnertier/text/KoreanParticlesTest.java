package dev.partnertier.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** A particle written with both forms takes the one the word before it is read with, and stays both when unknown. */
class KoreanParticlesTest {

    private static String after(String word, String form) {
        return word + KoreanParticles.after(word, KoreanParticles.indexOf(form));
    }

    @Test
    void aHangulWordTakesTheFormOfItsFinalConsonant() {
        assertThat(after("한빛상사", "은(는)")).isEqualTo("한빛상사는");
        assertThat(after("한빛전자", "이(가)")).isEqualTo("한빛전자가");
        assertThat(after("고객", "은(는)")).isEqualTo("고객은");
        assertThat(after("고객", "이(가)")).isEqualTo("고객이");
        assertThat(after("시험", "을(를)")).isEqualTo("시험을");
        assertThat(after("인증", "과(와)")).isEqualTo("인증과");
        assertThat(after("파트너", "과(와)")).isEqualTo("파트너와");
        assertThat(after("파트너", "를(을)")).isEqualTo("파트너를");
        assertThat(after("회사", "(이)")).isEqualTo("회사");
        assertThat(after("고객", "(이)")).isEqualTo("고객이");
    }

    @Test
    void roTakesNoEuAfterAVowelOrAFinalRieul() {
        assertThat(after("서울", "(으)로")).isEqualTo("서울로");
        assertThat(after("파트너", "(으)로")).isEqualTo("파트너로");
        assertThat(after("고객", "(으)로")).isEqualTo("고객으로");
        assertThat(after("서울", "은(는)")).isEqualTo("서울은");
    }

    @Test
    void aNumberIsReadInSinoKorean() {
        assertThat(after("t1", "이(가)")).isEqualTo("t1이");
        assertThat(after("t2", "이(가)")).isEqualTo("t2가");
        assertThat(after("70-347", "은(는)")).isEqualTo("70-347은");
        assertThat(after("70-347", "(으)로")).isEqualTo("70-347로");
        assertThat(after("Office 365", "은(는)")).isEqualTo("Office 365는");
        assertThat(after("70-346", "(으)로")).isEqualTo("70-346으로");
        assertThat(after("10", "(으)로")).isEqualTo("10으로");
        assertThat(after("2,150", "을(를)")).isEqualTo("2,150을");
        assertThat(after("1,000", "이(가)")).isEqualTo("1,000이");
        assertThat(after("0", "은(는)")).isEqualTo("0은");
        assertThat(after("2", "은(는)")).isEqualTo("2는");
        assertThat(after("1000000000000", "은(는)")).as("1조").isEqualTo("1000000000000는");
        assertThat(after("10000", "은(는)")).as("1만").isEqualTo("10000은");
        assertThat(after("10000000000000", "은(는)")).as("10조").isEqualTo("10000000000000는");
        assertThat(after("1,000,000", "(으)로")).as("백만").isEqualTo("1,000,000으로");
        assertThat(after("2.0", "이(가)")).as("이 점 영").isEqualTo("2.0이");
    }

    @Test
    void closingQuotesAreReadPast() {
        assertThat(after("\"MCSA: Office 365\"", "을(를)")).isEqualTo("\"MCSA: Office 365\"를");
        assertThat(after("「한빛」", "은(는)")).isEqualTo("「한빛」은");
    }

    @Test
    void aWordEndingInALatinLetterOrNothingKeepsBothForms() {
        assertThat(after("fabrikam.onmicrosoft.com", "은(는)")).isEqualTo("fabrikam.onmicrosoft.com은(는)");
        assertThat(after("\"Exchange Online\"", "(으)로")).isEqualTo("\"Exchange Online\"(으)로");
        assertThat(after("", "이(가)")).isEqualTo("이(가)");
        assertThat(after("\"\"", "이(가)")).isEqualTo("\"\"이(가)");
        assertThat(after("ㄱ", "이(가)")).as("a lone jamo is not a syllable").isEqualTo("ㄱ이(가)");
    }

    @Test
    void aPatternSettlesTheFormsAfterItsArgumentsOnly() {
        assertThat(KoreanParticles.format("고객 {0}이(가) 중복되었습니다. {1}과(와) 같습니다", Locale.KOREAN, "t1", "t2"))
                .isEqualTo("고객 t1이 중복되었습니다. t2와 같습니다");
        assertThat(KoreanParticles.format("조건 {0}은(는) 텍스트 \"{1}\"과(와) 비교합니다", Locale.KOREAN, "total", "2000"))
                .isEqualTo("조건 total은(는) 텍스트 \"2000\"과 비교합니다");
        assertThat(KoreanParticles.format("{0}개가 필요합니다. 이(가) 그대로", Locale.KOREAN, 1500))
                .as("a number argument as MessageFormat writes it; a form after no argument stays")
                .isEqualTo("1,500개가 필요합니다. 이(가) 그대로");
        assertThat(KoreanParticles.format("{0}은(는) {0}이(가)", Locale.KOREAN, "한빛"))
                .isEqualTo("한빛은 한빛이");
    }

    @Test
    void aPatternWithQuotedTextIsFormattedAsWritten() {
        assertThat(KoreanParticles.format("''{0}''은(는) '{0}이(가)'", Locale.KOREAN, "t1")).isEqualTo("'t1'은(는) {0}이(가)");
    }

    @Test
    void anotherLanguageIsFormattedAsWritten() {
        assertThat(KoreanParticles.format("{0} is {1}", Locale.ENGLISH, "t1", 1500)).isEqualTo("t1 is 1,500");
        assertThat(KoreanParticles.format("{0}은(는)", Locale.ENGLISH, "한빛")).isEqualTo("한빛은(는)");
    }
}
