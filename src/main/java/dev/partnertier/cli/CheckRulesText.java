package dev.partnertier.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.partnertier.text.KoreanParticles;
import dev.partnertier.text.ServiceLanguages;

/**
 * What {@code check-rules} prints, in English ({@code check-rules.properties}) or Korean ({@code check-rules_ko.properties},
 * with {@code --lang ko}), in this package. Arguments are filled in as text, never reformatted (a version, a count).
 */
final class CheckRulesText {

    private static final String BUNDLE = "dev.partnertier.cli.check-rules";
    private static final Pattern PART = Pattern.compile("(requirement|gap) (\\w+) (\\w+)(?: (met|actual|required|amount|closest))?");
    private static final Pattern RULE = Pattern.compile("rule (\".*\")");
    private static final Pattern EXPLANATION = Pattern.compile("explanation (\\(\\S+\\))");

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
        return KoreanParticles.format(bundle.getString(key), language, Arrays.stream(args).map(String::valueOf).toArray());
    }

    /**
     * What a mismatch is about, in words of this language, as the workbench says it: its {@code what} is a key clients
     * read ({@code tier}, {@code requirement SILVER performance met}, {@code rule "..."}), never translated in reports,
     * and its English words are those keys.
     */
    String what(String what) {
        if (bundle.containsKey("what." + what)) {
            return say("what." + what);
        }
        Matcher m = PART.matcher(what);
        if (m.matches()) {
            return say("what." + m.group(1)) + " " + word("level.", m.group(2)) + " " + word("requirement.", m.group(3))
                    + (m.group(4) == null ? "" : " " + say("what." + m.group(4)));
        }
        if ((m = RULE.matcher(what)).matches()) {
            return say("what.rule") + " " + m.group(1);
        }
        if ((m = EXPLANATION.matcher(what)).matches()) {
            return say("what.explanation") + " " + m.group(1);
        }
        return what;
    }

    /** A level's or requirement's word, or the code itself when there is none. */
    private String word(String prefix, String code) {
        return bundle.containsKey(prefix + code) ? say(prefix + code) : code;
    }

    /** A line's mark ({@code ok}, {@code fail}, {@code pass}), padded to the column the text starts at. */
    String mark(String key) {
        return String.format("%-6s", say(key));
    }
}
