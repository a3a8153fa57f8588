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

    @org.junit.jupiter.api.Test
    void bidirectionalControlsBecomeQuestionMarksSoTheLineReadsInItsOwnOrder() {
        // U+202E (right-to-left override) after "evil" would show the rest, "txt.exe", as "exe.txt" in a terminal
        assertThat(LogText.value("evil\u202Etxt.exe")).isEqualTo("evil?txt.exe");
        assertThat(LogText.safe("a\u2066b\u2069c\u200Fd\u061Ce")).isEqualTo("a?b?c?d?e");
        assertThat(LogText.value("\u05D0\u05D1")).as("right-to-left letters themselves are text").isEqualTo("\u05D0\u05D1");
    }
}
