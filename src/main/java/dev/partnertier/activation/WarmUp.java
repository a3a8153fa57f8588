package dev.partnertier.activation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.partnertier.answer.Answers;
import dev.partnertier.answer.EvaluationResponse;
import dev.partnertier.contract.InvalidRequestException;
import dev.partnertier.engine.Evaluation;
import dev.partnertier.model.Market;
import dev.partnertier.model.PartnerFacts;
import dev.partnertier.scenarios.Scenario;
import dev.partnertier.scenarios.ScenarioFiles;
import dev.partnertier.wording.Wording;

/**
 * The partners new rules decide before they go live: the requests of the rules folder's own scenarios (the rules'
 * own vocabulary, so every path analysts wrote a scenario for is taken), or, when the folder has none (a flat
 * ConfigMap), a made-up partner in each market whose names mean nothing to the rules.
 */
final class WarmUp {

    private WarmUp() {
    }

    /**
     * A partner to warm up with, and where it comes from, for an analyst to find when the rules fail on it.
     *
     * @param origin e.g. {@code the partner of scenario "Gold" (scenarios/gold.json)}
     */
    record Partner(String origin, PartnerFacts facts) {
    }

    /** The partners of the scenarios in {@code folder}, or two made-up ones when it has none. */
    static List<Partner> partners(Path folder) {
        ScenarioFiles.Loaded scenarios = ScenarioFiles.read(folder);
        List<Partner> partners = new ArrayList<>();
        for (Scenario scenario : scenarios.scenarios()) {
            try {
                partners.add(new Partner("the partner of scenario \"" + scenario.name() + "\" (" + ScenarioFiles.FOLDER + "/"
                        + scenario.file() + ")", scenario.partner()));
            } catch (InvalidRequestException e) {
                // a scenario with an invalid request fails in check-rules; it cannot warm anything up
            }
        }
        return partners.isEmpty() ? List.of(madeUp(Market.MATURE), madeUp(Market.EMERGING)) : partners;
    }

    /**
     * Decides the partner and writes its answer in every language of the wording.
     *
     * @throws dev.partnertier.engine.RuleOutcomeException when the rules fail on it: they reach no verdict, loop, or a
     *         condition or consequence throws
     */
    static void decide(LoadedRules rules, PartnerFacts partner) {
        Evaluation evaluation = rules.rules().evaluate(partner);
        Answers.askWording(evaluation, rules.wording().in(Wording.DEFAULT_LANGUAGE));
        for (String language : rules.wording().languages()) {
            EvaluationResponse answer = Answers.of(partner, evaluation, rules.wording().in(language));
            answer.excluded().forEach(x -> { });
        }
    }

    private static Partner madeUp(Market market) {
        PartnerFacts.Builder partner = PartnerFacts.builder().partner("warm-up", market);
        for (int i = 0; i < 20; i++) {
            PartnerFacts.CustomerKey customer = partner.customer("warm-up-" + i, Set.of("warm-up-association-" + i % 3));
            partner.workload(customer, "warm-up-" + i, "warm-up-workload-" + i % 4, 10L * i, i % 5 == 0);
        }
        partner.individual("w1", null, Set.of("warm-up-exam"), Set.of());
        partner.individual("w2", null, Set.of(), Set.of("warm-up-certification"));
        return new Partner("a made-up partner in the " + market.name().toLowerCase(Locale.ROOT)
                + " market (the folder has no scenarios)", partner.build());
    }
}
