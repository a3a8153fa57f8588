package dev.partnertier.text;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The languages the service's own words are written in (not the rules' sentences, which live in the rules folder):
 * English, in each bundle's base file ({@code problems.properties}), and Korean ({@code problems_ko.properties}).
 * Any other language reads English, and the machine's default locale never chooses.
 */
public final class ServiceLanguages {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ServiceLanguages() {
    }

    /** {@link Locale#KOREAN} for a Korean language (ko, ko-KR), {@link Locale#ENGLISH} for any other or none. */
    public static Locale spoken(Locale language) {
        return language != null && "ko".equals(language.getLanguage()) ? Locale.KOREAN : Locale.ENGLISH;
    }

    /**
     * The words of a bundle ({@code dev.partnertier.contract.problems}) in the language {@link #spoken} for this one.
     *
     * @throws java.util.MissingResourceException when the bundle's base file is missing (a defect of the build)
     */
    public static ResourceBundle bundle(String baseName, Locale language) {
        return ResourceBundle.getBundle(baseName, spoken(language), NO_FALLBACK);
    }
}
