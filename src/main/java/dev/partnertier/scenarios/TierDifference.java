package dev.partnertier.scenarios;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import dev.partnertier.answer.EvaluationResponse;
import dev.partnertier.answer.EvaluationResponse.RequirementView;
import dev.partnertier.engine.Hint;
import dev.partnertier.model.Level;
import dev.partnertier.model.Tier;
import dev.partnertier.text.ServiceLanguages;

/**
 * For a scenario whose partner got another tier than it expects: the requirements of the level that decided between the
 * two, in the answer's own sentences (in the report's language), so that an analyst who changed a threshold sees
 * which figure of the scenario it passed. A tier below the expected one quotes what the expected level did not meet; a
 * tier above it, what the level reached did meet.
 */
final class TierDifference {

    private TierDifference() {
    }

    /**
     * The hint in each language, quoting the answer worded in that language: {@code english} is the answer in English,
     * {@code korean} makes it in Korean (English where the wording has no Korean). Both hints are made here, once, so
     * that a report shown again in either language (GET /rules) holds two hints, not the partner and its answers. Null
     * when the tiers are the same or the English answer has no such sentence.
     */
    static Function<Locale, Hint> hintIn(Tier expected, EvaluationResponse english, Supplier<EvaluationResponse> korean) {
        Hint inEnglish = hint(expected, english);
        if (inEnglish == null) {
            return null;
        }
        Hint quotingKorean = hint(expected, korean.get());
        Hint inKorean = (quotingKorean != null ? quotingKorean : inEnglish).in(Locale.KOREAN);
        return language -> ServiceLanguages.spoken(language) == Locale.KOREAN ? inKorean : inEnglish;
    }

    /**
     * {@code scenario.tier.not-met} or {@code scenario.tier.met}: the level ({@code GOLD}, {@code SILVER}) and its
     * requirements' sentences, each quoted; null when the tiers are the same or the answer has no such sentence.
     */
    private static Hint hint(Tier expected, EvaluationResponse actual) {
        Tier got = actual.tier();
        if (expected == null || got == null || expected == got) {
            return null;
        }
        boolean below = got.ordinal() > expected.ordinal(); // GOLD, SILVER, NONE
        Level level = level(below ? expected : got);
        List<String> sentences = actual.levels().stream().filter(l -> l.level() == level)
                .flatMap(l -> l.requirements().stream()).filter(r -> r.met() != below).map(RequirementView::explanation).toList();
        if (sentences.isEmpty()) {
            return null;
        }
        return Hint.of(below ? "scenario.tier.not-met" : "scenario.tier.met", level.name(),
                sentences.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(", ")));
    }

    /** The level a tier above NONE stands for. */
    private static Level level(Tier tier) {
        return tier == Tier.GOLD ? Level.GOLD : Level.SILVER;
    }
}
