package dev.partnertier.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.partnertier.text.ServiceLanguages;

/**
 * The words a scenario's mismatch says of the expected and the actual answer ({@code fired}, {@code a failure of the
 * rules: ...}, {@code not valid JSON (line 3, column 7)}), in the language of a report: {@code mismatch.properties}
 * (English, which {@link ScenarioRunner} and {@link ScenarioFiles} write them from) and {@code mismatch_ko.properties}
 * in this package. A word may hold texts ({@code {0}}, {@code {1}}: a figure, a path, the engine's message), which stay
 * as they are in every language. A value that is not one of these words (a figure, a tier, the answer's own sentences)
 * stays as it is. The mismatch's {@code what} is a key clients read ({@code decision}), never translated.
 */
final class MismatchWords {

    private static final String BUNDLE = "dev.partnertier.scenarios.mismatch";
    private static final ResourceBundle ENGLISH = ServiceLanguages.bundle(BUNDLE, Locale.ENGLISH);
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)\\}");

    /**
     * Each English word as a pattern that finds its texts in a value, the most fixed text first: a word whose texts
     * could swallow the rest of a longer one ({@code not valid JSON (line {0}, column {1})} against the same with
     * {@code : {2}} after it) is tried after it.
     */
    private static final List<Word> WORDS = ENGLISH.keySet().stream().map(Word::of)
            .sorted((a, b) -> Integer.compare(b.fixed(), a.fixed()))
            .toList();

    private record Word(String key, String english, Pattern pattern, int arguments) {

        /** The characters of the word that are not its texts' places. */
        int fixed() {
            return english.length() - 3 * arguments;
        }

        static Word of(String key) {
            String english = ENGLISH.getString(key);
            StringBuilder regex = new StringBuilder();
            Matcher argument = ARGUMENT.matcher(english);
            int at = 0;
            int arguments = 0;
            while (argument.find()) {
                regex.append(Pattern.quote(english.substring(at, argument.start()))).append("(?<a").append(argument.group(1)).append(">.*)");
                at = argument.end();
                arguments++;
            }
            regex.append(Pattern.quote(english.substring(at)));
            return new Word(key, english, Pattern.compile(regex.toString(), Pattern.DOTALL), arguments);
        }
    }

    private MismatchWords() {
    }

    /** The English word of a key with its texts in place of {@code {0}}, {@code {1}}... */
    static String english(String key, String... texts) {
        return fill(ENGLISH.getString(key), List.of(texts));
    }

    /** The word of a key in a language (English for any the words are not written in), with its texts in place. */
    static String say(String key, Locale language, String... texts) {
        return fill(ServiceLanguages.bundle(BUNDLE, language).getString(key), List.of(texts));
    }

    /** The value in {@code language}; unchanged for English, a language without words, or a value that is not one. */
    static String in(String value, Locale language) {
        if (value == null || ServiceLanguages.spoken(language) != Locale.KOREAN) {
            return value;
        }
        ResourceBundle words = ServiceLanguages.bundle(BUNDLE, Locale.KOREAN);
        for (Word word : WORDS) {
            Matcher match = word.pattern().matcher(value);
            if (match.matches()) {
                List<String> texts = new ArrayList<>();
                for (int i = 0; i < word.arguments(); i++) {
                    texts.add(match.group("a" + i));
                }
                return fill(words.getString(word.key()), texts);
            }
        }
        return value;
    }

    private static String fill(String pattern, List<String> texts) {
        String filled = pattern;
        for (int i = 0; i < texts.size(); i++) {
            filled = filled.replace("{" + i + "}", texts.get(i));
        }
        return filled;
    }
}
