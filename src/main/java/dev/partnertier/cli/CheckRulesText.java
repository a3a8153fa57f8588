package dev.partnertier.cli;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

import dev.partnertier.text.ServiceLanguages;

/**
 * What {@code check-rules} prints, in English ({@code check-rules.properties}) or Korean ({@code check-rules_ko.properties},
 * with {@code --lang ko}), in this package. Arguments are filled in as text, never reformatted (a version, a count).
 */
final class CheckRulesText {

    private static final String BUNDLE = "dev.partnertier.cli.check-rules";

    private final ResourceBundle bundle;
    private final Locale language;

    private CheckRulesText(Locale language) {
        this.language = ServiceLanguages.spoken(language);
        this.bundle = ServiceLanguages.bundle(BUNDLE, language);
    }

    /** The words of a language check-rules speaks (English or Korean); English for any other. */
    static CheckRulesText in(Locale language) {
        return new CheckRulesText(language);
    }

    /** The sentence of a key with its arguments ({0}, {1}...), each as text. */
    String say(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), language).format(Arrays.stream(args).map(String::valueOf).toArray());
    }

    /** A line's mark ({@code ok}, {@code fail}, {@code pass}), padded to the column the text starts at. */
    String mark(String key) {
        return String.format("%-6s", say(key));
    }
}
