package dev.partnertier.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The Korean problem texts say everything the English ones say, with the same arguments. */
class ProblemTextTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)\\}");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ProblemText.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void everyEnglishTextHasAKoreanOneWithTheSameArguments() throws IOException {
        Properties english = load("problems.properties");
        Properties korean = load("problems_ko.properties");
        assertThat(english).isNotEmpty();
        assertThat(korean.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(arguments(korean.getProperty(key))).as(key).isEqualTo(arguments(english.getProperty(key)));
        }
    }

    @Test
    void aBodyCutOffIsSaidInBothLanguages() {
        assertThat(ProblemText.in(Locale.ENGLISH).format("body.ended-early-at", 1, 20))
                .isEqualTo("the body ended before its JSON was complete (line 1, column 20; was it cut off?)");
        assertThat(ProblemText.in(Locale.KOREAN).format("body.ended-early-at", 1, 20))
                .isEqualTo("JSON이 끝나기 전에 본문이 끝났습니다(1행 20열, 잘렸을 수 있습니다)");
    }
}
