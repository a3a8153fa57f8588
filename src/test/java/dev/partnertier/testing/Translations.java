package dev.partnertier.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;

/** Checks that a Korean bundle says everything its English one says, with patterns MessageFormat reads alike. */
public final class Translations {

    private static final java.util.regex.Pattern ARGUMENT = java.util.regex.Pattern.compile("\\{\\d");

    private Translations() {
    }

    /**
     * Both bundles (resources next to {@code anchor}) have the same keys, at least {@code atLeast}, and each key's two
     * patterns parse as MessageFormat patterns with the same number of arguments. {@code alwaysFormatted}: every text goes
     * through MessageFormat (Hint), not only those with arguments (ProblemText).
     */
    public static void assertComplete(Class<?> anchor, String english, String korean, int atLeast, boolean alwaysFormatted) {
        Properties en = load(anchor, english);
        Properties ko = load(anchor, korean);
        assertThat(en.stringPropertyNames()).hasSizeGreaterThanOrEqualTo(atLeast);
        assertThat(ko.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertThat(arguments(ko.getProperty(key), alwaysFormatted)).as(key)
                    .isEqualTo(arguments(en.getProperty(key), alwaysFormatted));
        }
    }

    /**
     * How many arguments a pattern takes; throws IllegalArgumentException for a pattern with arguments that MessageFormat
     * cannot read. A text without {0}, {1}... is shown as it is (ProblemText formats only when given arguments).
     */
    private static int arguments(String pattern, boolean alwaysFormatted) {
        return alwaysFormatted || ARGUMENT.matcher(pattern).find() ? new MessageFormat(pattern).getFormatsByArgumentIndex().length : 0;
    }

    private static Properties load(Class<?> anchor, String name) {
        Properties p = new Properties();
        try (InputStream in = anchor.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
