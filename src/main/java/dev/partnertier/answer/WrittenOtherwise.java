package dev.partnertier.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.partnertier.wording.OtherSpellings;
import dev.partnertier.wording.Sentences;

/**
 * A code of a request that the rules do not know but that is one of theirs written otherwise: in other letter case,
 * with spaces or hyphens for underscores, as the wording names it (a workload's display name, or its code in small
 * letters; an association written {@code "delegated admin"}: scenarios in {@code rules/scenarios/}), or as one of the
 * other spellings the wording lists for it ({@link OtherSpellings}); an exam or a certification, which have no names
 * in the wording, by its letters and digits alone, or, for an exam's number, whole among words that hold no other
 * digits ({@code "Exam "} and the number). The request contract accepts any workload or association name and the rules
 * count an unknown one as zero (the seed's decisions 2 and 4), so a portal that sends a display name instead of the
 * code would get a lower tier with no error: the exclusion's sentence then says which code was meant. Nothing here
 * decides: the codes and their spellings are the rules' own. Nothing is guessed from a part of a name, or a name among
 * other words: that is another product as often as not.
 */
final class WrittenOtherwise {

    /** Anything but letters and digits: what separates the words of a text. */
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** What credentials are matched as: they have no names in the wording. */
    static final String CREDENTIAL = "credential";

    private WrittenOtherwise() {
    }

    /**
     * The code among {@code codes} that {@code given} writes otherwise: the one whose code, or a name or other spelling
     * of which in the wording ({@code kind.<code>}, {@code kind.<code>.also}, in every language), has the same letters
     * and digits, ignoring case ({@link OtherSpellings#letters}); for a {@link #CREDENTIAL}, failing that, the one made of
     * numbers alone (an exam's) that stands whole among the words of {@code given} when its other words hold no digit
     * ({@code "Exam"} and a number, not a second number). Empty when {@code given} is one of the codes as written,
     * matches none of them, or matches more than one (naming one of them would be a guess).
     */
    static Optional<String> meant(String given, Collection<String> codes, Sentences words, String kind) {
        if (given == null || codes.contains(given)) {
            return Optional.empty();
        }
        String letters = OtherSpellings.letters(given);
        if (letters.isEmpty()) {
            return Optional.empty();
        }
        List<String> same = new ArrayList<>();
        for (String code : codes) {
            if (letters.equals(OtherSpellings.letters(code))
                    || words.names(kind, code).stream().anyMatch(name -> letters.equals(OtherSpellings.letters(name)))) {
                same.add(code);
            }
        }
        if (same.isEmpty() && CREDENTIAL.equals(kind)) {
            List<String> givenWords = words(given);
            for (String code : codes) {
                if (numberAmongWords(givenWords, words(code))) {
                    same.add(code);
                }
            }
        }
        return same.size() == 1 ? Optional.of(same.get(0)) : Optional.empty();
    }

    /** True when {@code code} is numbers alone, standing together among {@code given}'s words, whose others hold no digit. */
    private static boolean numberAmongWords(List<String> given, List<String> code) {
        boolean number = !code.isEmpty() && code.stream().allMatch(w -> w.chars().allMatch(Character::isDigit));
        int at = number ? Collections.indexOfSubList(given, code) : -1;
        if (at < 0) {
            return false;
        }
        List<String> others = new ArrayList<>(given.subList(0, at));
        others.addAll(given.subList(at + code.size(), given.size()));
        return others.stream().noneMatch(w -> w.chars().anyMatch(Character::isDigit));
    }

    /** The runs of letters and digits of a text, in small letters. */
    private static List<String> words(String text) {
        return Arrays.stream(NOT_LETTERS.split(text.toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty()).toList();
    }
}
