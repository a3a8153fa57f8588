package dev.partnertier.decision;

import dev.partnertier.activation.LoadedRules;
import dev.partnertier.answer.Answers;
import dev.partnertier.answer.EvaluationResponse;
import dev.partnertier.engine.Evaluation;
import dev.partnertier.model.PartnerFacts;

/** One partner decided: what was asked, what the rules concluded, and the rules (and wording) that did. */
public record Decision(PartnerFacts partner, Evaluation evaluation, LoadedRules rules) {

    /** The answer in a language of the rules' wording (English when it has no such language). */
    public EvaluationResponse answer(String language) {
        return Answers.of(partner, evaluation, rules.wording().in(language));
    }
}
