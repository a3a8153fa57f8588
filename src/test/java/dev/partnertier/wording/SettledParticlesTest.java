package dev.partnertier.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.partnertier.engine.RuleFile;
import dev.partnertier.engine.RulesCompilationException;
import dev.partnertier.testing.RulesCopy;

/**
 * Korean sentences take the particle their filled-in names are read with ({@code {tenant}은(는)}: "한빛상사는",
 * "t1이"), keep both forms where the name's sound is not known, and are checked as the analyst wrote them.
 */
class SettledParticlesTest {

    private static final RuleFile ENGLISH = seed("messages_en.properties");

    private static RuleFile seed(String name) {
        try {
            return new RuleFile(name, Files.readString(RulesCopy.SEED.resolve(name)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The seed Korean wording with these lines in place of the keys they set. */
    private static Sentences korean(String... lines) {
        String content = seed("messages_ko.properties").content();
        for (String line : lines) {
            String key = line.substring(0, line.indexOf('='));
            content = content.replaceAll("(?m)^" + java.util.regex.Pattern.quote(key) + "=.*$", java.util.regex.Matcher.quoteReplacement(line));
        }
        return Wording.of(List.of(ENGLISH, new RuleFile("messages_ko.properties", content))).in("ko");
    }

    private static Map<String, Object> notAssociated(String tenant) {
        return Map.of("tenant", tenant, "users", 2150L, "counting", Words.of("Office 365 위임 관리자", "공식 거래 파트너"));
    }

    @Test
    void theSeedSentenceTakesTheParticleOfTheTenant() {
        Sentences ko = korean();
        assertThat(ko.render("exclusion.NOT_ASSOCIATED", notAssociated("한빛상사")))
                .startsWith("고객 한빛상사는 집계에서 제외됩니다")
                .contains("공식 거래 파트너로 제휴 관계를 맺고 있지 않습니다(활성 사용자 2,150명 제외)");
        assertThat(ko.render("exclusion.NOT_ASSOCIATED", notAssociated("t1"))).startsWith("고객 t1은 집계에서 제외됩니다");
        assertThat(ko.render("exclusion.NOT_ASSOCIATED", notAssociated("fabrikam.onmicrosoft.com")))
                .as("a Latin ending says nothing of its sound: both forms stay")
                .startsWith("고객 fabrikam.onmicrosoft.com은(는) 집계에서 제외됩니다");
    }

    @Test
    void theSeedSentenceTakesTheParticleOfTheLastAssociationThatCounts() {
        Map<String, Object> added = Map.of("tenant", "t1", "users", 5L,
                "counting", Words.of("공식 거래 파트너", "디지털 파트너", "CSP 직접 파트너십"));
        for (String key : List.of("exclusion.NOT_ASSOCIATED", "exclusion.NOT_ASSOCIATED.users-elsewhere")) {
            assertThat(korean().render(key, added))
                    .as("an association an analyst adds, ending in a consonant: %s", key)
                    .contains("디지털 파트너 또는 CSP 직접 파트너십으로 제휴 관계를 맺고 있지 않습니다");
        }
    }

    @Test
    void aNameInsideQuotesAListAndAPluralAreReadAsTheSentenceWritesThem() {
        Sentences ko = korean(
                "exclusion.NOT_ASSOCIATED=고객 \"{tenant}\"은(는) 제외: {counting.and}이(가) 아닙니다. 사용자 {users}을(를) 빼고 {users.plural('명','명')}이(가) 남습니다.");
        assertThat(ko.render("exclusion.NOT_ASSOCIATED", notAssociated("한빛")))
                .isEqualTo("고객 \"한빛\"은 제외: Office 365 위임 관리자 및 공식 거래 파트너가 아닙니다. 사용자 2,150을 빼고 명이 남습니다.");
    }

    @Test
    void aFormAfterWordsOfTheSentenceItselfStaysAsWritten() {
        Sentences ko = korean("exclusion.TRIAL=고객 {tenant}의 워크로드 {workload}은(는) 평가판이(가) 아닙니다(사용자 {users}명).");
        assertThat(ko.render("exclusion.TRIAL", Map.of("tenant", "t1", "workload", "비즈니스용 Skype", "users", 7L)))
                .isEqualTo("고객 t1의 워크로드 비즈니스용 Skype은(는) 평가판이(가) 아닙니다(사용자 7명).");
    }

    @Test
    void onlyWhatQuteReadsAsANameSettlesAParticle() {
        Sentences ko = korean("exclusion.TRIAL=고객 {tenant}의 { x }은(는) \\\\{tenant}은(는) {|{tenant}은(는)|} 제외(사용자 {users}명).");
        assertThat(ko.render("exclusion.TRIAL", Map.of("tenant", "t1", "workload", "w", "users", 7L)))
                .as("text in braces with spaces, an escaped brace and unparsed text are written as they are")
                .isEqualTo("고객 t1의 { x }은(는) {tenant}은(는) {tenant}은(는) 제외(사용자 7명).");
        Sentences settled = korean("exclusion.TRIAL=고객 {tenant}의 { x }은(는), \\\\{tenant}은(는), {tenant}은(는) 제외(사용자 {users}명).");
        assertThat(settled.render("exclusion.TRIAL", Map.of("tenant", "t1", "workload", "w", "users", 7L)))
                .isEqualTo("고객 t1의 { x }은(는), {tenant}은(는), t1은 제외(사용자 7명).");
    }

    @Test
    void englishSentencesAreRenderedAsWritten() {
        Sentences en = Wording.of(List.of(new RuleFile("messages_en.properties",
                ENGLISH.content().replaceAll("(?m)^verdict\\.GOLD=.*$", "verdict.GOLD=All met은(는)")))).in("en");
        assertThat(en.render("exclusion.NOT_ASSOCIATED", notAssociated("한빛"))).contains("한빛");
        assertThat(en.render("verdict.GOLD", Map.of())).isEqualTo("All met은(는)");
    }

    @Test
    void theCheckReadsTheSentenceAsWritten() {
        assertThatThrownBy(() -> korean("exclusion.TRIAL=고객 {tenat}은(는) 평가판입니다(사용자 {users}명)."))
                .isInstanceOf(RulesCompilationException.class)
                .hasMessageContaining("uses {tenat}, which this sentence does not have");
        assertThatThrownBy(() -> korean("exclusion.TRIAL=고객 {tenant.particle(0)}은(는) 평가판입니다(사용자 {users}명)."))
                .as("the rewrite's own method is no name an analyst can write")
                .isInstanceOf(RulesCompilationException.class)
                .hasMessageContaining("which a sentence cannot write");
    }
}
