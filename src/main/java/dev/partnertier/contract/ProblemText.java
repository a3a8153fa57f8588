package dev.partnertier.contract;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import dev.partnertier.text.KoreanParticles;
import dev.partnertier.text.ServiceLanguages;

/**
 * The API's own words in each language it answers in: titles, details and field complaints of problem answers
 * ({@code problems.properties}, English, and {@code problems_ko.properties}, in this package). These are the
 * service's sentences, not the rules': analysts' wording lives in the rules folder.
 */
public final class ProblemText {

    private static final String BUNDLE = "dev.partnertier.contract.problems";

    private final ResourceBundle bundle;
    private final Locale language;

    private ProblemText(Locale language) {
        this.language = language;
        this.bundle = ServiceLanguages.bundle(BUNDLE, language);
    }

    private static final ProblemText ENGLISH = new ProblemText(Locale.ENGLISH);
    private static final ProblemText KOREAN = new ProblemText(Locale.KOREAN);

    /** The text of a language the API speaks (English or Korean); English for any other. */
    public static ProblemText in(Locale language) {
        return ServiceLanguages.spoken(language) == Locale.KOREAN ? KOREAN : ENGLISH;
    }

    /** The language {@link #in} answers in for a requested one: {@code ko} or {@code en}. */
    public static String languageOf(Locale language) {
        return in(language).language.getLanguage();
    }

    /** The sentence of a key with its arguments in order ({@code {0}}, {@code {1}}...). */
    public String format(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return this == ENGLISH ? key : ENGLISH.format(key, args);
        }
        return args.length == 0 ? pattern : KoreanParticles.format(pattern, language, args);
    }
}
