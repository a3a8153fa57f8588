package dev.partnertier.scenarios;

import java.util.Comparator;
import java.util.List;

import org.apache.commons.text.similarity.LevenshteinDistance;

import dev.partnertier.engine.Hint;

/**
 * For a sentence a scenario expects and the answer lacks: the answer's sentence closest to it (by Levenshtein distance,
 * Apache Commons Text) and where the two part, so that an analyst does not compare a long sentence with a dozen by eye.
 */
final class ClosestSentence {

    /** How much of each sentence is quoted from where they part. */
    private static final int SHOWN = 40;

    private ClosestSentence() {
    }

    /**
     * {@code scenario.closest-sentence}: the closest sentence, the words both share up to where they part, what the
     * scenario expects and what the answer says from there; null when the answer has no sentence less than half
     * different (nothing is close enough to help).
     */
    static Hint hint(String expected, List<String> sentences) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        String closest = sentences.stream().min(Comparator.comparingInt((String s) -> distance.apply(expected, s))).orElse(null);
        if (closest == null || distance.apply(expected, closest) > Math.max(expected.length(), closest.length()) / 2) {
            return null;
        }
        int common = 0;
        while (common < expected.length() && common < closest.length() && expected.charAt(common) == closest.charAt(common)) {
            common++;
        }
        int from = common;
        while (from > 0 && !Character.isWhitespace(expected.charAt(from - 1))) {
            from--; // from the start of the word where they part
        }
        return from == 0 ? Hint.of("scenario.closest-sentence.start", closest, excerpt(expected, 0), excerpt(closest, 0))
                : Hint.of("scenario.closest-sentence", closest, expected.substring(0, from).strip(), excerpt(expected, from),
                        excerpt(closest, from));
    }

    private static String excerpt(String sentence, int from) {
        String rest = sentence.substring(from);
        return rest.length() <= SHOWN ? rest : rest.substring(0, SHOWN) + "…";
    }
}
