package dev.partnertier.scenarios;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words a scenario's mismatch says of the expected and the actual answer ({@code fired}, {@code a failure of the
 * rules: ...}), in the language of a report: {@code mismatch.properties} (English, which {@link ScenarioRunner} writes
 * them from) and {@code mismatch_ko.properties} in this package. A value that is not one of these words (a figure, a tier,
 * the answer's own sentences, the engine's message after a prefix) stays as it is. The mismatch's {@code what} is a
 * key clients read ({@code decision}), never translated.
 */
final class MismatchWords {

    private static final String BUNDLE = "dev.partnertier.scenarios.mismatch";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, NO_FALLBACK);

    private MismatchWords() {
    }

    /** The English word of a key; for a {@code prefix.} key, with {@code rest} in place of its {@code {0}}. */
    static String english(String key, String rest) {
        return ENGLISH.getString(key).replace("{0}", rest);
    }

    /** The value in {@code language}; unchanged for English, a language without words, or a value that is not one. */
    static String in(String value, Locale language) {
        if (value == null || language == null || !"ko".equals(language.getLanguage())) {
            return value;
        }
        ResourceBundle words = ResourceBundle.getBundle(BUNDLE, Locale.KOREAN, NO_FALLBACK);
        for (String key : ENGLISH.keySet()) {
            String english = ENGLISH.getString(key);
            if (key.startsWith("prefix.")) {
                String prefix = english.substring(0, english.indexOf("{0}"));
                if (value.startsWith(prefix)) {
                    return words.getString(key).replace("{0}", value.substring(prefix.length()));
                }
            } else if (value.equals(english)) {
                return words.getString(key);
            }
        }
        return value;
    }
}
