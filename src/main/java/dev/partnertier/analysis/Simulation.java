package dev.partnertier.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.partnertier.activation.LoadedRules;
import dev.partnertier.contract.InvalidRequestException;
import dev.partnertier.contract.PartnerReader;
import dev.partnertier.engine.Evaluation;
import dev.partnertier.model.PartnerFacts;
import dev.partnertier.model.RequirementResult;

/**
 * Decides partners under the active rules and under a candidate, and reports the ones whose tier changes with the
 * requirements that flipped. Running the candidate runs its code: only analysts' audited endpoints and the command
 * line (on a folder) come here. Not thread-safe: one per simulation.
 */
public final class Simulation {

    private final LoadedRules active;
    private final LoadedRules candidate;
    private final PartnerReader reader;
    private final Locale language;
    private final List<PartnerChange> changed = new ArrayList<>();
    private final List<InvalidPartner> invalid = new ArrayList<>();
    private int unchanged;
    private int changedCount;
    private int invalidCount;
    private int next;

    private final boolean keep;

    /**
     * @param language the language of the complaints about unreadable partners
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
     * One partner compared: its change of tier, or why it could not be read or decided (also when the rules fail on
     * it: the candidate is new code); both null when it keeps its tier.
     */
    public record Step(int index, PartnerChange change, InvalidPartner invalid) {
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
            return refused(index, e.errors().stream().map(f -> new InvalidPartner.Field(f.field(), f.message(language))).toList());
        }
        PartnerChange change;
        try {
            change = compare(index, partner);
        } catch (RuntimeException e) {
            return refused(index, List.of(new InvalidPartner.Field("", "the rules failed on this partner: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()))));
        }
        if (change == null) {
            unchanged++;
        } else {
            changedCount++;
            if (keep) {
                changed.add(change);
            }
        }
        return new Step(index, change, null);
    }

    /** A partner not compared, with the reasons (it could not be read, was too large, or the rules failed on it). */
    public Step refused(int index, List<InvalidPartner.Field> reasons) {
        next = index + 1;
        InvalidPartner bad = new InvalidPartner(index, reasons);
        invalidCount++;
        if (keep) {
            invalid.add(bad);
        }
        return new Step(index, null, bad);
    }

    /** The partner's change of tier between the active rules and the candidate, or null when it keeps its tier. */
    public PartnerChange compare(int index, PartnerFacts partner) {
        Evaluation before = active.rules().evaluate(partner);
        Evaluation after = candidate.rules().evaluate(partner);
        if (before.verdict().tier() == after.verdict().tier()) {
            return null;
        }
        List<RequirementChange> flipped = new ArrayList<>();
        for (RequirementResult was : before.requirements()) {
            RequirementResult now = find(after, was);
            if (now == null || now.met() != was.met()) {
                flipped.add(new RequirementChange(was.level(), was.requirement(), Outcome.of(was), Outcome.of(now)));
            }
        }
        for (RequirementResult now : after.requirements()) {
            if (find(before, now) == null) {
                flipped.add(new RequirementChange(now.level(), now.requirement(), null, Outcome.of(now)));
            }
        }
        return new PartnerChange(index, partner.partner().partnerId(), before.verdict().tier(), after.verdict().tier(), flipped);
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

    /** How many partners could not be read or decided. */
    public int invalidCount() {
        return invalidCount;
    }

    /** The report of every partner added so far. */
    public SimulationReport report() {
        return new SimulationReport(active.version(), candidate.version(), List.of(), List.copyOf(changed), unchanged, List.copyOf(invalid));
    }
}
