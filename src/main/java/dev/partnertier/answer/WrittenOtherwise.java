package dev.partnertier.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.partnertier.wording.Sentences;

/**
 * A code of a request that the rules do not know but that is one of theirs written otherwise: in other letter case,
 * with spaces or hyphens for underscores, or as the wording names it (a workload's display name, or its code in small
 * letters; an association written {@code "delegated admin"}: scenarios in {@code rules/scenarios/}); an exam or a
 * certification by its letters and digits alone, which have no names in the wording; failing those, by its words
 * ({@link #meant}: {@code "Skype"}, {@code "DPOR"}, an exam's number after the word {@code "Exam"}). The
 * request contract accepts any workload or association name and the rules count an unknown one as zero (the seed's
 * decisions 2 and 4), so a portal that sends a display name instead of the code would get a lower tier with no error:
 * the exclusion's sentence then says which code was meant. Nothing here decides: the codes are the rules' own.
 */
final class WrittenOtherwise {

    /** Anything but letters and digits: what two ways of writing the same code differ by. */
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private WrittenOtherwise() {
    }

    /**
     * The code among {@code codes} that {@code given} writes otherwise, compared against each code and its names in the
     * wording ({@code kind.<code>}, in every language):
     * <ol>
     * <li>by letters and digits alone, ignoring case ({@code "Exchange Online"}, {@code "exchange_online"},
     * {@code "MCSA: Office 365"});</li>
     * <li>when none matches so, by words (runs of letters and digits, ignoring case): the code or a name whole among
     * more words (an exam's number after the word {@code "Exam"}, {@code "Skype for Business Online"}), a part of one
     * that holds a word of four letters or more ({@code "Skype"}, {@code "ProPlus"}, {@code "Delegated administrator"}),
     * or the initials of one of three words or more ({@code "DPOR"}, {@code "POR"}, {@code "SfB"}).</li>
     * </ol>
     * Empty when {@code given} is one of the codes as written, matches none of them, or matches more than one at the
     * first step that matches any (naming one of them would be a guess: {@code "Online"} is two workloads).
     */
    static Optional<String> meant(String given, Collection<String> codes, Sentences words, String kind) {
        if (given == null || codes.contains(given)) {
            return Optional.empty();
        }
        String letters = letters(given);
        if (letters.isEmpty()) {
            return Optional.empty();
        }
        List<String> same = matching(codes, words, kind, spelling -> letters.equals(letters(spelling)));
        if (!same.isEmpty()) {
            return same.size() == 1 ? Optional.of(same.get(0)) : Optional.empty();
        }
        List<String> givenWords = words(given);
        List<String> near = matching(codes, words, kind, spelling -> byWords(givenWords, letters, words(spelling)));
        return near.size() == 1 ? Optional.of(near.get(0)) : Optional.empty();
    }

    /** The codes that, themselves or by one of their names, are such a spelling. */
    private static List<String> matching(Collection<String> codes, Sentences words, String kind, Predicate<String> spelling) {
        List<String> found = new ArrayList<>();
        for (String code : codes) {
            if (spelling.test(code) || words.names(kind, code).stream().anyMatch(spelling)) {
                found.add(code);
            }
        }
        return found;
    }

    private static boolean byWords(List<String> given, String letters, List<String> spelling) {
        if (spelling.isEmpty()) {
            return false;
        }
        if (given.size() > spelling.size() && Collections.indexOfSubList(given, spelling) >= 0) {
            return true;
        }
        if (given.size() < spelling.size() && Collections.indexOfSubList(spelling, given) >= 0
                && given.stream().anyMatch(w -> w.length() >= 4 && w.chars().anyMatch(Character::isLetter))) {
            return true;
        }
        return spelling.size() >= 3 && given.size() == 1 && letters.chars().allMatch(Character::isLetter)
                && letters.equals(spelling.stream().map(w -> w.substring(0, w.offsetByCodePoints(0, 1))).collect(Collectors.joining()));
    }

    private static String letters(String text) {
        return NOT_LETTERS.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The runs of letters and digits of a text, in small letters. */
    private static List<String> words(String text) {
        return Arrays.stream(NOT_LETTERS.split(text.toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty()).toList();
    }
}
