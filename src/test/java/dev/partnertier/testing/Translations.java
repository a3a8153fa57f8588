package dev.partnertier.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks that a Korean bundle says everything its English one says, with patterns MessageFormat reads alike. */
public final class Translations {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    private Translations() {
    }

    /**
     * Both bundles (resources next to {@code anchor}) have the same keys, at least {@code atLeast}, and each key's two
     * patterns use the same arguments ({0}, {1}...), parse as MessageFormat patterns and write each apostrophe as
     * {@code ''} (a lone one is dropped). {@code alwaysFormatted}: every
     * text goes through MessageFormat (Hint), not only those with arguments (ProblemText).
     */
    public static void assertComplete(Class<?> anchor, String english, String korean, int atLeast, boolean alwaysFormatted) {
        Properties en = load(anchor, english);
        Properties ko = load(anchor, korean);
        assertThat(en.stringPropertyNames()).hasSizeGreaterThanOrEqualTo(atLeast);
        assertThat(ko.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            String enPattern = en.getProperty(key);
            String koPattern = ko.getProperty(key);
            assertThat(arguments(koPattern)).as(key).isEqualTo(arguments(enPattern));
            if (alwaysFormatted || !arguments(enPattern).isEmpty()) {
                // throws IllegalArgumentException for a pattern MessageFormat cannot read (a { or ' unbalanced)
                new MessageFormat(enPattern);
                new MessageFormat(koPattern);
                // A lone apostrophe starts a quoted part: MessageFormat drops it ("partner's" becomes "partners").
                assertThat(enPattern.replace("''", "")).as(key + ": write an apostrophe as ''").doesNotContain("'");
                assertThat(koPattern.replace("''", "")).as(key + ": write an apostrophe as ''").doesNotContain("'");
            }
        }
    }

    /** The argument numbers a pattern uses: {@code {0} of {1}} uses 0 and 1. */
    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
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
