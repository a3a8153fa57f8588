package dev.partnertier.engine;

import java.util.List;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The names a mistyped one most likely meant, for hints ("Did you mean total?"): by Levenshtein distance (Apache
 * Commons Text), ignoring case.
 */
public final class NearestNames {

    private NearestNames() {
    }

    /**
     * The names closest to {@code name} (all those equally close), if at most a third of its letters (and at least two)
     * differ; none otherwise.
     */
    public static List<String> of(String name, List<String> candidates) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        int best = candidates.stream().mapToInt(c -> distance.apply(name.toLowerCase(), c.toLowerCase())).min().orElse(Integer.MAX_VALUE);
        if (best > Math.max(2, name.length() / 3)) {
            return List.of();
        }
        return candidates.stream().distinct().filter(c -> distance.apply(name.toLowerCase(), c.toLowerCase()) == best).toList();
    }
}
