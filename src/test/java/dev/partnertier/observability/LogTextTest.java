package dev.partnertier.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Caller-supplied text in a key=value line cannot forge a line or a pair. */
class LogTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            contoso-msp                             | contoso-msp
            evil tier=GOLD rulesVersion=fake        | "evil tier=GOLD rulesVersion=fake"
            a=b                                     | "a=b"
            say "hi"                                | "say \\"hi\\""
            back\\slash                             | "back\\\\slash"
            ''                                      | ""
            한국 파트너                                | "한국 파트너"
            """)
    void aValueWithASpaceOrAnEqualsSignIsQuoted(String text, String written) {
        assertThat(LogText.value(text)).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource({"'line\nbreak', line?break", "'tab\there', tab?here"})
    void controlCharactersBecomeQuestionMarks(String text, String written) {
        assertThat(LogText.value(text)).isEqualTo(written);
    }
}
