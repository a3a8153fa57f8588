package dev.partnertier.api;

import static dev.partnertier.security.Callers.portal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Accept-Language picks Korean or English for every sentence of an answer and of a problem; anything else is English. */
@QuarkusTest
class LanguagesTest {

    private static final Pattern HANGUL = Pattern.compile("\\p{IsHangul}");

    private static String example() throws IOException {
        return Files.readString(Path.of("examples", "silver-partner.json"));
    }

    /** Every sentence of an answer: explanation, requirements, gaps, closest people, exclusions, qualifications. */
    private static List<String> sentences(JsonPath answer) {
        List<String> sentences = new ArrayList<>(answer.getList("explanation", String.class));
        sentences.addAll(answer.getList("levels.requirements.flatten().explanation", String.class));
        sentences.addAll(answer.getList("gaps.missing.flatten().explanation", String.class));
        sentences.addAll(answer.getList("gaps.missing.flatten().closest.flatten().explanation", String.class));
        sentences.addAll(answer.getList("excluded.explanation", String.class));
        sentences.addAll(answer.getList("qualifications.explanation", String.class));
        return sentences;
    }

    @ParameterizedTest(name = "Accept-Language: {0}")
    @CsvSource(delimiter = '|', value = {
        "ko | ko", "ko-KR | ko", "ko-KR,ko;q=0.9,en;q=0.8 | ko", "en;q=0.5, ko;q=0.9 | ko", "fr;q=1.0, ko;q=0.8 | ko",
        "en | en", "fr | en", "fr-FR,de;q=0.7 | en", "* | en", "not a language tag;;; | en"})
    void theAnswerIsInTheLanguageAskedForOrEnglish(String header, String language) throws IOException {
        JsonPath answer = portal().contentType(ContentType.JSON).header("Accept-Language", header).body(example())
                .post("/evaluate").then().statusCode(200).header("Content-Language", language)
                .header("Vary", "Accept-Language").extract().jsonPath();
        List<String> sentences = sentences(answer);
        assertThat(sentences).hasSizeGreaterThan(15);
        if (language.equals("ko")) {
            assertThat(sentences).allMatch(s -> HANGUL.matcher(s).find());
            assertThat(answer.getString("explanation[1]")).contains("2,150개");
        } else {
            assertThat(sentences).noneMatch(s -> HANGUL.matcher(s).find());
            assertThat(answer.getString("explanation[1]")).contains("2,150 active entitlements");
        }
    }

    @ParameterizedTest(name = "Accept-Language: {0}")
    @CsvSource(delimiter = '|', value = {"ko | 잘못된 요청", "fr | Invalid request"})
    void problemsAreInTheLanguageAskedForOrEnglish(String header, String title) {
        portal().contentType(ContentType.JSON).header("Accept-Language", header).body("{\"partnerId\": \"p\", \"market\": \"MOON\"}")
                .post("/evaluate").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .header("Content-Language", header.equals("ko") ? "ko" : "en").header("Vary", "Accept-Language")
                .body("title", equalTo(title));
    }
}
