package dev.partnertier.wording;

import static dev.partnertier.wording.ExclusionVariants.TRIAL;
import static dev.partnertier.wording.ExclusionVariants.USERS_ELSEWHERE;
import static dev.partnertier.wording.ExclusionVariants.WRITTEN_OTHERWISE;
import static dev.partnertier.wording.ExclusionVariants.WRONG_LIST;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.partnertier.model.Level;
import dev.partnertier.model.Market;
import dev.partnertier.model.Requirement;
import dev.partnertier.model.Tier;

/**
 * The keys of the wording files and the names each sentence may use. Keys made of a rule's code (a reason
 * {@code exclusion.<reason>}, a route {@code qualification.<route>}, a name {@code workload.<code>}) are as open as the
 * rules; the others every language must have.
 */
final class SentenceKeys {

    static final String LIST_AND = "list.and";
    static final String LIST_OR = "list.or";

    /** Key prefix (up to its last dot, or the whole key) to the names its sentences may use. */
    private static final Map<String, Set<String>> NAMES = Map.ofEntries(
            Map.entry("verdict", Set.of()),
            Map.entry("requirement", Set.of("level", "actual", "required", "scope")),
            Map.entry("count.active-entitlements", Set.of("total", "workloads", "customers")),
            Map.entry("count.qualified-individuals", Set.of("count")),
            Map.entry("exclusion",
                    Set.of("tenant", "workload", "users", "eligible", "counting", "person", "missing", "unrecognised", "named")),
            Map.entry("qualification", Set.of("person", "exams", "certifications")),
            Map.entry("missing", Set.of("exams", "certifications")),
            Map.entry("gap.performance", Set.of("level", "amount", "actual", "required", "scope")),
            Map.entry("gap.exams", Set.of("level", "amount", "actual", "required", "scope")),
            Map.entry("gap.close", Set.of("person", "missing")),
            Map.entry("list", Set.of()),
            Map.entry("level", Set.of()),
            Map.entry("scope", Set.of()),
            Map.entry("association", Set.of()),
            Map.entry("workload", Set.of()));

    /** The names that are numbers ({@code .plural} may follow them); the others are texts, or {@link #LISTS}. */
    static final Set<String> NUMBERS = Set.of("actual", "required", "total", "workloads", "customers", "count", "users", "amount");
    /** The names that are lists ({@link Words}: {@code .and}, {@code .or} or {@code .plural} may follow them). */
    static final Set<String> LISTS = Set.of("counting", "eligible", "missing", "exams", "certifications", "unrecognised", "named");

    /**
     * The names of a written-otherwise or wrong-list sentence: an exclusion's, and the code as given ({@code given}) and
     * the code meant ({@code meant}).
     */
    private static final Set<String> GIVEN_MEANT_NAMES = Stream.concat(NAMES.get("exclusion").stream(), Stream.of("given", "meant"))
            .collect(Collectors.toUnmodifiableSet());

    private SentenceKeys() {
    }

    /**
     * What follows the reason in an exclusion's key ({@code exclusion.<reason><variant>}): "" for none, the variant
     * when it is one of {@link ExclusionVariants#ALL}, null for anything else (no answer would ever use that sentence).
     */
    static String exclusionVariant(String key) {
        int dot = key.indexOf('.', "exclusion.".length());
        String variant = dot < 0 ? "" : key.substring(dot);
        return variant.isEmpty() || ExclusionVariants.ALL.contains(variant) ? variant : null;
    }

    /** True for a key {@code exclusion.<reason>...} with a reason. */
    static boolean isExclusion(String key) {
        return key.startsWith("exclusion.") && key.length() > "exclusion.".length() && key.charAt("exclusion.".length()) != '.';
    }

    /** True for {@code exclusion.<reason><variant>}, a reason before the variant. */
    private static boolean hasReasonBefore(String key, String variant) {
        return key.startsWith("exclusion.") && key.endsWith(variant) && key.length() > "exclusion.".length() + variant.length();
    }

    /** The names a sentence of this key may use, or null when no sentence has this key. */
    static Set<String> namesOf(String key) {
        if (isExclusion(key) && exclusionVariant(key) == null) {
            return null;
        }
        if (key.startsWith("exclusion.") && key.endsWith(USERS_ELSEWHERE)) {
            key = key.substring(0, key.length() - USERS_ELSEWHERE.length());
        }
        if (key.startsWith("exclusion.") && key.endsWith(WRITTEN_OTHERWISE + TRIAL)) {
            key = key.substring(0, key.length() - TRIAL.length());
        }
        if (hasReasonBefore(key, WRITTEN_OTHERWISE) || hasReasonBefore(key, WRONG_LIST)) {
            return GIVEN_MEANT_NAMES;
        }
        Set<String> names = NAMES.get(key);
        if (names == null) {
            int dot = key.lastIndexOf('.');
            if (dot > 0) {
                names = NAMES.get(key.substring(0, dot));
                if (names == null) {
                    int first = key.indexOf('.');
                    names = NAMES.get(key.substring(0, first));
                }
            }
        }
        return names;
    }

    /** The keys every language must have, whatever the rules say. */
    static List<String> required() {
        List<String> keys = new ArrayList<>(List.of(LIST_AND, LIST_OR, "count.active-entitlements",
                "count.qualified-individuals", "gap.close", "scope.ALL"));
        for (Tier tier : Tier.values()) {
            keys.add(verdict(tier));
        }
        for (Requirement r : Requirement.values()) {
            keys.add(requirement(r, true));
            keys.add(requirement(r, false));
            keys.add(gap(r));
        }
        for (Level level : Level.values()) {
            keys.add(level(level));
        }
        for (Market market : Market.values()) {
            keys.add(scope(market));
        }
        return keys;
    }

    static String verdict(Tier tier) {
        return "verdict." + tier.name();
    }

    static String requirement(Requirement requirement, boolean met) {
        return "requirement." + requirement.id() + (met ? ".met" : ".not-met");
    }

    static String gap(Requirement requirement) {
        return "gap." + requirement.id();
    }

    static String level(Level level) {
        return "level." + level.name();
    }

    /** The phrase of the market a threshold is for; null is every market. */
    static String scope(Market market) {
        return "scope." + (market == null ? "ALL" : market.name());
    }
}
