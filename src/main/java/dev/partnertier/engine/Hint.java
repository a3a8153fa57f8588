package dev.partnertier.engine;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

import dev.partnertier.text.KoreanParticles;
import dev.partnertier.text.ServiceLanguages;

/**
 * A plain sentence beside a compiler's message, for analysts: what the mistake most likely is and how to fix it
 * (e.g. "write numbers as 2000"). The sentences are in {@code hints.properties} (English) and
 * {@code hints_ko.properties} (Korean) of this package; {@code args} fill {@code {0}}, {@code {1}}... As JSON, a
 * hint is its sentence in its language.
 *
 * @param key    the sentence's key, one per kind of mistake (e.g. {@code number.separators})
 * @param args   the sentence's arguments, already as text (numbers are not reformatted)
 * @param locale the language it is shown in: English unless {@link #in} chose Korean
 */
@Schema(type = SchemaType.STRING, description = "A plain sentence: what the mistake most likely is and how to fix it")
public record Hint(String key, List<String> args, Locale locale) {

    /** The languages hints are written in: English and Korean. */
    public static final Set<String> LANGUAGES = Set.of("en", "ko");

    private static final String BUNDLE = "dev.partnertier.engine.hints";

    public Hint {
        args = List.copyOf(args);
    }

    /** A hint in English. */
    public static Hint of(String key, String... args) {
        return new Hint(key, List.of(args), Locale.ENGLISH);
    }

    /** The same hint in Korean for {@code ko}, in English for any other language. */
    public Hint in(Locale language) {
        return new Hint(key, args, ServiceLanguages.spoken(language));
    }

    /** The sentence; the key itself if no bundle has it (a test holds every key to both languages). */
    @JsonValue
    public String text() {
        String pattern;
        try {
            pattern = ServiceLanguages.bundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return KoreanParticles.format(pattern, locale, args.toArray());
    }

    @Override
    public String toString() {
        return text();
    }
}
