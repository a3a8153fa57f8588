package dev.partnertier.api;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Picks the language of an answer from the {@code Accept-Language} header (RFC 9110, section 12.5.4, with
 * q-values, by the JDK's RFC 4647 lookup) among the languages there are sentences for. English is the default and
 * the fallback for any other language, and for a header that cannot be read.
 */
final class Languages {

    static final String DEFAULT = "en";

    private Languages() {
    }

    /** The best of {@code available} (language tags such as {@code en}, {@code ko}) for this header. */
    static String pick(String acceptLanguage, Set<String> available) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DEFAULT;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            String tag = Locale.lookupTag(ranges, available);
            return tag == null ? DEFAULT : tag;
        } catch (IllegalArgumentException e) {
            return DEFAULT;
        }
    }

    /** The language of the service's own texts (problem details, compile-error hints) for this header: en or ko. */
    static Locale ofService(String acceptLanguage) {
        return locale(pick(acceptLanguage, ProblemMappers.LANGUAGES));
    }

    static Locale locale(String tag) {
        return Locale.forLanguageTag(tag);
    }
}
