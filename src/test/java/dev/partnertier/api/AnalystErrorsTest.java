package dev.partnertier.api;

import static dev.partnertier.security.Callers.analyst;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.partnertier.testing.RulesCopy;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The analysts' errors from {@code POST /rules/validate}: each common edit of a threshold is reported at the
 * threshold's own line with its plain sentence, in English or Korean as asked.
 */
@QuarkusTest
class AnalystErrorsTest {

    private static final Path PERFORMANCE = RulesCopy.SEED.resolve("performance.drl");
    private static final String THRESHOLD = "Requirement.PERFORMANCE, 2000, Market.MATURE ) );";

    static Stream<Arguments> edits() {
        return Stream.of(
                Arguments.of("Requirement.PERFORMANCE, 2,000, Market.MATURE ) );", "Write numbers without separators: 2000, not 2,000.",
                        "숫자는 쉼표 없이 쓰세요: 2,000 대신 2000."),
                Arguments.of("Requirement.PERFORMANCE, \"2000\", Market.MATURE ) );", "Write numbers without quotes: 2000, not \"2000\".",
                        "숫자는 따옴표 없이 쓰세요: \"2000\" 대신 2000."),
                Arguments.of("Requirement.PERFORMANCE, 2000, Market.MATURE ) )",
                        "Each statement of a then part ends with a semicolon: add ; at the end of this line.",
                        "then 부분의 각 문장은 세미콜론으로 끝나야 합니다: 이 줄 끝에 ; 를 추가하세요."));
    }

    @ParameterizedTest
    @MethodSource("edits")
    void aThresholdEditIsReportedAtItsOwnLineInPlainWords(String edit, String english, String korean) throws IOException {
        String content = Files.readString(PERFORMANCE);
        int line = RulesCopy.lineOf(PERFORMANCE, THRESHOLD);
        Map<String, Object> body = Map.of("files", List.of(Map.of("path", "performance.drl", "content", content.replace(THRESHOLD, edit))));

        analyst().contentType(ContentType.JSON).body(body).post("/rules/validate").then().statusCode(200)
                .body("valid", equalTo(false))
                .body("errors", hasSize(1))
                .body("errors[0].file", equalTo("performance.drl"))
                .body("errors[0].line", equalTo(line))
                .body("errors[0].lineGuessed", equalTo(false))
                .body("errors[0].hint", equalTo(english));
        analyst().header("Accept-Language", "ko-KR,ko;q=0.9").contentType(ContentType.JSON).body(body).post("/rules/validate").then()
                .statusCode(200).header("Content-Language", "ko").header("Vary", "Accept-Language").body("errors[0].line", equalTo(line)).body("errors[0].hint", equalTo(korean));
    }

    @ParameterizedTest
    @MethodSource("unclosed")
    void aRuleNameLeftOpenIsReportedWhereItOpens(String file) {
        analyst().contentType(ContentType.JSON).body(Map.of("files", List.of(Map.of("path", "new.drl", "content", file))))
                .post("/rules/validate").then().statusCode(200)
                .body("valid", equalTo(false))
                .body("errors", hasSize(1))
                .body("errors[0].file", equalTo("new.drl"))
                .body("errors[0].line", equalTo(8))
                .body("errors[0].hint", equalTo("A quote opened on this line is not closed: a rule name or a text starts and "
                        + "ends with \" on the same line."));
    }

    static Stream<String> unclosed() {
        return Stream.of("""
                package rules;

                import dev.partnertier.model.*;

                // The analyst's new rule: Gold for partners with nobody qualified is never right,
                // so this one only records a threshold. Its name's closing quote is missing.

                rule "never closed
                when
                    Partner()
                then
                    insertLogical( new Threshold( Level.GOLD, Requirement.EXAMS, 2 ) );
                end
                """);
    }
}
