package dev.partnertier.answer;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.partnertier.wording.Sentences;

/**
 * A code of a request that the rules do not know but that is one of theirs written otherwise: in other letter case,
 * with spaces or hyphens for underscores, or as the wording names it (a workload's display name, or its code in small
 * letters; an association written {@code "delegated admin"}: scenarios in {@code rules/scenarios/}); an exam or a
 * certification by its letters and digits alone, which have no names in the wording. The
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
     * The code among {@code codes} that {@code given} writes otherwise, compared by letters and digits alone, ignoring
     * case, against each code and its names in the wording ({@code kind.<code>}, in every language); empty when
     * {@code given} is one of the codes as written, matches none of them, or matches more than one (naming one of them
     * would be a guess).
     */
    static Optional<String> meant(String given, Collection<String> codes, Sentences words, String kind) {
        if (given == null || codes.contains(given)) {
            return Optional.empty();
        }
        String letters = letters(given);
        if (letters.isEmpty()) {
            return Optional.empty();
        }
        String meant = null;
        for (String code : codes) {
            if (letters.equals(letters(code)) || words.names(kind, code).stream().anyMatch(name -> letters.equals(letters(name)))) {
                if (meant != null) {
                    return Optional.empty();
                }
                meant = code;
            }
        }
        return Optional.ofNullable(meant);
    }

    private static String letters(String text) {
        return NOT_LETTERS.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
