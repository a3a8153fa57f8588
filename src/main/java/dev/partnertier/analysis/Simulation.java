package dev.partnertier.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiPredicate;

import dev.partnertier.activation.LoadedRules;
import dev.partnertier.contract.FieldMessage;
import dev.partnertier.contract.InvalidRequestException;
import dev.partnertier.contract.PartnerReader;
import dev.partnertier.engine.Evaluation;
import dev.partnertier.engine.RuleInfo;
import dev.partnertier.engine.RuleOutcomeException;
import dev.partnertier.model.PartnerFacts;
import dev.partnertier.model.RequirementResult;

/**
 * Decides partners under the active rules and under a candidate, and reports the ones whose tier changes with the
 * requirements that flipped, and those that keep it with requirements that change all the same. Running the candidate
 * runs its code: only analysts' audited endpoints and the command line (on a folder) come here. Not thread-safe: one per simulation.
 */
public final class Simulation {

    private final LoadedRules active;
    private final LoadedRules candidate;
    private final PartnerReader reader;
    private final Locale language;
    private final List<PartnerChange> changed = new ArrayList<>();
    private final List<PartnerShift> shifted = new ArrayList<>();
    private final List<InvalidPartner> invalid = new ArrayList<>();
    private final List<FailedPartner> failed = new ArrayList<>();
    private int unchanged;
    private int shiftedCount;
    private int changedCount;
    private int invalidCount;
    private int failedCount;
    private int next;

    private final boolean keep;

    /**
     * @param language the language of the complaints about unreadable partners and of the hints of failures
     * @param keep     keep every change for {@link #report()}; a stream that writes each as it comes keeps none
     */
    public Simulation(LoadedRules active, LoadedRules candidate, PartnerReader reader, Locale language, boolean keep) {
        this.keep = keep;
        this.active = active;
        this.candidate = candidate;
        this.reader = reader;
        this.language = language;
    }

    /**
     * One partner compared: its change of tier, why it could not be read, or how the rules failed on it; all null
     * when it keeps its tier.
     */
    public record Step(int index, PartnerChange change, InvalidPartner invalid, FailedPartner failed) {
    }

    /** Reads the next partner of the portfolio (JSON, as {@code POST /evaluate} takes it) and compares it. */
    public Step add(byte[] request) {
        return add(next, request);
    }

    /** Reads the partner at {@code index} of the portfolio and compares it. */
    public Step add(int index, byte[] request) {
        next = index + 1;
        PartnerFacts partner;
        try {
            partner = reader.readItem(request);
        } catch (InvalidRequestException e) {
            return refused(index, FieldMessage.of(e.errors(), language));
        }
        Evaluation before;
        Evaluation after;
        try {
            before = active.rules().evaluate(partner);
        } catch (RuntimeException e) {
            return failed(index, partner, FailedPartner.ACTIVE, e);
        }
        try {
            after = candidate.rules().evaluate(partner);
        } catch (RuntimeException e) {
            return failed(index, partner, FailedPartner.CANDIDATE, e);
        }
        PartnerChange change = compare(index, partner, before, after);
        if (change == null) {
            unchanged++;
            List<RequirementChange> moved = moved(before, after);
            if (!moved.isEmpty()) {
                shiftedCount++;
                if (keep) {
                    shifted.add(new PartnerShift(index, partner.partner().partnerId(), before.verdict().tier(), moved));
                }
            }
        } else {
            changedCount++;
            if (keep) {
                changed.add(change);
            }
        }
        return new Step(index, change, null, null);
    }

    private Step failed(int index, PartnerFacts partner, String rules, RuntimeException e) {
        FailedPartner failure;
        if (e instanceof RuleOutcomeException outcome) {
            RuleInfo rule = outcome.rule().orElse(null);
            failure = new FailedPartner(index, partner.partner().partnerId(), rules, outcome.getMessage(),
                    rule == null ? null : rule.file(), rule == null ? 0 : rule.line(),
                    outcome.hint().map(h -> h.in(language).text()).orElse(null));
        } else {
            // Not one of the failures the engine names (RuleOutcomeException): said without Java's words.
            failure = new FailedPartner(index, partner.partner().partnerId(), rules, "the rules failed on this partner", null, 0, null);
        }
        failedCount++;
        if (keep) {
            failed.add(failure);
        }
        return new Step(index, null, null, failure);
    }

    /** A partner not compared, with the reasons (it could not be read, was too large, or there was no room for it). */
    public Step refused(int index, List<FieldMessage> reasons) {
        next = index + 1;
        InvalidPartner bad = new InvalidPartner(index, reasons);
        invalidCount++;
        if (keep) {
            invalid.add(bad);
        }
        return new Step(index, null, bad, null);
    }

    /** The partner's change of tier between the active rules and the candidate, or null when it keeps its tier. */
    private static PartnerChange compare(int index, PartnerFacts partner, Evaluation before, Evaluation after) {
        if (before.verdict().tier() == after.verdict().tier()) {
            return null;
        }
        List<RequirementChange> flipped = differences(before, after, (was, now) -> now == null || now.met() != was.met());
        return new PartnerChange(index, partner.partner().partnerId(), before.verdict().tier(), after.verdict().tier(), flipped);
    }

    /** Each requirement whose result or figures differ between the two evaluations (for a partner keeping its tier). */
    private static List<RequirementChange> moved(Evaluation before, Evaluation after) {
        return differences(before, after, (was, now) -> !Objects.equals(Outcome.of(was), Outcome.of(now)));
    }

    /**
     * The requirements of {@code before} for which {@code differ} holds against the same requirement of {@code after}
     * (null when it has none), then those only {@code after} has.
     */
    private static List<RequirementChange> differences(Evaluation before, Evaluation after,
            BiPredicate<RequirementResult, RequirementResult> differ) {
        List<RequirementChange> changes = new ArrayList<>();
        for (RequirementResult was : before.requirements()) {
            RequirementResult now = find(after, was);
            if (differ.test(was, now)) {
                changes.add(new RequirementChange(was.level(), was.requirement(), Outcome.of(was), Outcome.of(now)));
            }
        }
        for (RequirementResult now : after.requirements()) {
            if (find(before, now) == null) {
                changes.add(new RequirementChange(now.level(), now.requirement(), null, Outcome.of(now)));
            }
        }
        return changes;
    }

    private static RequirementResult find(Evaluation evaluation, RequirementResult like) {
        return evaluation.requirements().stream()
                .filter(r -> r.level() == like.level() && r.requirement() == like.requirement()).findFirst().orElse(null);
    }

    /** The partners added so far: how many changed tier, kept it, or could not be read. */
    public int changedCount() {
        return changedCount;
    }

    /** How many partners keep their tier. */
    public int unchanged() {
        return unchanged;
    }

    /** Of those, how many keep it with requirements that change all the same. */
    public int shiftedCount() {
        return shiftedCount;
    }

    /** How many partners could not be read. */
    public int invalidCount() {
        return invalidCount;
    }

    /** How many partners the rules failed on. */
    public int failedCount() {
        return failedCount;
    }

    /** The report of every partner added so far. */
    public SimulationReport report() {
        return new SimulationReport(active.version(), candidate.version(), List.of(), List.copyOf(changed), unchanged,
                List.copyOf(shifted), List.copyOf(invalid), List.copyOf(failed));
    }
}
