package dev.partnertier.text;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Korean particles (조사) after a name filled into a sentence. A Korean sentence is written with both forms of a
 * particle, as Korean software writes one when it cannot know the word before it: {@code {tenant}은(는)}. When the
 * name's last sound is known, the one form it takes replaces both: "한빛상사는", "t1이", "3,999는", "2,150으로".
 * When it is not (a word ending in a Latin letter, such as {@code fabrikam.onmicrosoft.com}: English spelling does not
 * say how it is read), both forms stay, as written.
 *
 * <p>The last sound is known for a Hangul syllable (its final consonant, 받침, from its code point: Unicode's Hangul
 * syllables are ordered by initial, medial and final, 28 finals each) and for a number read in Sino-Korean ("365" ends
 * in 오, "1,000" in 천, "10" in 십). Closing quotes after the name are read past: {@code "t2"}.
 *
 * <p>The forms: 은(는), 이(가), 을(를), 과(와), each also written the other way round (는(은)...), and (으)로 and (이)
 * (as in (이)나, (이)라고). 로 follows a final ㄹ as it follows a vowel: "1로", "서울로".
 */
public final class KoreanParticles {

    /** Every form a sentence writes with both readings, in the order {@link #form(int)} numbers them. */
    private static final List<String> FORMS = List.of("은(는)", "는(은)", "이(가)", "가(이)", "을(를)", "를(을)",
            "과(와)", "와(과)", "(으)로", "(이)");
    /** After a consonant, after a vowel (or ㄹ, for (으)로 alone), by form. */
    private static final List<String[]> TAKES = List.of(new String[] {"은", "는"}, new String[] {"은", "는"},
            new String[] {"이", "가"}, new String[] {"이", "가"}, new String[] {"을", "를"}, new String[] {"을", "를"},
            new String[] {"과", "와"}, new String[] {"과", "와"}, new String[] {"으로", "로"}, new String[] {"이", ""});
    private static final String ALTERNATION = String.join("|", FORMS.stream().map(Pattern::quote).toList());
    private static final Pattern FORM = Pattern.compile(ALTERNATION);
    private static final String CLOSING = "\"”’」』》〉";
    /** The closing quotes a word is read past: those above, and an apostrophe. */
    private static final String READ_PAST = CLOSING + "'";
    /** {@code {0}은(는)} in a {@link MessageFormat} pattern: the argument, a closing quote between, the form. */
    private static final Pattern ARGUMENT_THEN_FORM = placeThenForm("\\{(\\d+)\\}");
    /** Sino-Korean digits' last sounds, 0 to 9: 영, 일, 이, 삼, 사, 오, 육, 칠, 팔, 구. */
    private static final Sound[] DIGITS = {Sound.CONSONANT, Sound.RIEUL, Sound.VOWEL, Sound.CONSONANT, Sound.VOWEL,
            Sound.VOWEL, Sound.CONSONANT, Sound.RIEUL, Sound.RIEUL, Sound.VOWEL};
    /** The last sounds of the units of four zeros each, from 10^4: 만, 억, 조, 경 (index 0 is not one). */
    private static final Sound[] UNITS = {Sound.UNKNOWN, Sound.CONSONANT, Sound.CONSONANT, Sound.VOWEL, Sound.CONSONANT};
    private static final int SYLLABLES = 0xAC00;
    private static final int LAST_SYLLABLE = 0xD7A3;
    private static final int FINALS = 28;
    private static final int FINAL_RIEUL = 8;

    /** How a word ends when read aloud. */
    enum Sound {
        VOWEL, RIEUL, CONSONANT, UNKNOWN
    }

    private KoreanParticles() {
    }

    /**
     * A pattern that finds a form right after a place a name is filled in ({@code place}, a regular expression with
     * one group: the name), a closing quote between them or not: group 1 is the name, 2 the quote, 3 the form.
     */
    public static Pattern placeThenForm(String place) {
        return Pattern.compile(place + "([" + CLOSING + "]?)(" + ALTERNATION + ")");
    }

    /** The number of a form in {@link #FORMS} ({@code 은(는)} is 0), or -1 for text that is not one. */
    public static int indexOf(String form) {
        return FORMS.indexOf(form);
    }

    /** The form numbered {@code index}, as a sentence writes it ({@code 은(는)} for 0). */
    public static String form(int index) {
        return FORMS.get(index);
    }

    /**
     * The particle the form numbered {@code index} takes after {@code word}: {@code 는} after "한빛상사" for
     * {@code 은(는)}; the form itself, both readings, when the word's last sound is not known.
     */
    public static String after(CharSequence word, int index) {
        Sound sound = lastSound(word);
        if (sound == Sound.UNKNOWN) {
            return FORMS.get(index);
        }
        String[] takes = TAKES.get(index);
        boolean consonant = FORMS.get(index).equals("(으)로") ? sound == Sound.CONSONANT : sound != Sound.VOWEL;
        return consonant ? takes[0] : takes[1];
    }

    /**
     * A {@link MessageFormat} pattern formatted with its arguments, where a form that follows an argument
     * ({@code {0}은(는)}, {@code "{1}"과(와)}) takes the particle of that argument as written. Other forms, every
     * pattern with an apostrophe (MessageFormat's quoting, whose quoted text may hold a form), and every pattern of
     * another language, are left to {@link MessageFormat} as they are.
     */
    public static String format(String pattern, Locale language, Object... args) {
        // A pattern with quotes ('...') is formatted as written: its forms may stand in quoted text.
        if (!"ko".equals(language.getLanguage()) || args.length == 0 || pattern.indexOf('\'') >= 0
                || !FORM.matcher(pattern).find()) {
            return new MessageFormat(pattern, language).format(args);
        }
        List<Object> all = new ArrayList<>(List.of(args));
        StringBuilder settled = new StringBuilder();
        Matcher place = ARGUMENT_THEN_FORM.matcher(pattern);
        while (place.find()) {
            int argument = Integer.parseInt(place.group(1));
            if (argument >= args.length) {
                continue;
            }
            String written = new MessageFormat("{" + argument + "}", language).format(args);
            all.add(after(written, FORMS.indexOf(place.group(3))));
            place.appendReplacement(settled, Matcher.quoteReplacement("{" + argument + "}" + place.group(2) + "{" + (all.size() - 1) + "}"));
        }
        place.appendTail(settled);
        return new MessageFormat(settled.toString(), language).format(all.toArray());
    }

    /** How {@code word} ends when read, past any closing quotes. */
    static Sound lastSound(CharSequence word) {
        int end = word.length();
        while (end > 0 && READ_PAST.indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == 0) {
            return Sound.UNKNOWN;
        }
        char last = word.charAt(end - 1);
        if (last >= SYLLABLES && last <= LAST_SYLLABLE) {
            int finalConsonant = (last - SYLLABLES) % FINALS;
            return finalConsonant == 0 ? Sound.VOWEL : finalConsonant == FINAL_RIEUL ? Sound.RIEUL : Sound.CONSONANT;
        }
        if (last >= '0' && last <= '9') {
            return number(word, end);
        }
        return Sound.UNKNOWN;
    }

    /**
     * The last sound of the number ending at {@code end}, as read in Sino-Korean: its last digit that is not 0, unless
     * zeros follow it, when the reading ends in the unit they make: 십, 백 or 천 for up to three, else the unit of each
     * four (20,000 is 이만, 1,000,000 백만, 10^13 십조): 만, 억 and 경 end in a consonant other than ㄹ, 조 in a vowel.
     * Group separators are read past; a number of zeros alone is 영.
     */
    private static Sound number(CharSequence word, int end) {
        int zeros = 0;
        int at = end - 1;
        while (at >= 0 && (word.charAt(at) == '0' || word.charAt(at) == ',')) {
            if (word.charAt(at) == '0') {
                zeros++;
            }
            at--;
        }
        if (zeros == 0) {
            return DIGITS[word.charAt(end - 1) - '0'];
        }
        boolean moreDigits = at >= 0 && word.charAt(at) >= '1' && word.charAt(at) <= '9';
        if (!moreDigits || zeros < 4) {
            return Sound.CONSONANT; // 영, or 십, 백, 천
        }
        return zeros / 4 < UNITS.length ? UNITS[zeros / 4] : Sound.UNKNOWN;
    }
}
