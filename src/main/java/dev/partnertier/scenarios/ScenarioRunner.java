package dev.partnertier.scenarios;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import dev.partnertier.api.EvaluationRequest;
import dev.partnertier.api.InvalidRequestException;
import dev.partnertier.engine.Evaluation;
import dev.partnertier.engine.FiredRule;
import dev.partnertier.engine.RuleInfo;
import dev.partnertier.engine.RuleOutcomeException;
import dev.partnertier.engine.RuleSet;
import dev.partnertier.model.Exclusion;
import dev.partnertier.model.RequirementResult;
import dev.partnertier.scenarios.ScenarioResult.Mismatch;

/** Runs scenarios against a rule set and says, per scenario, how the answer differs from the expectation. */
public final class ScenarioRunner {

    private final Consumer<EvaluationRequest> requestChecks;

    /** @param requestChecks the checks {@code POST /evaluate} applies, so a scenario cannot test what the API would refuse */
    public ScenarioRunner(Consumer<EvaluationRequest> requestChecks) {
        this.requestChecks = requestChecks;
    }

    public ScenarioReport run(RuleSet rules, ScenarioFiles.Loaded loaded) {
        List<ScenarioResult> results = new ArrayList<>(loaded.unreadable());
        Set<String> firedAnywhere = new HashSet<>();
        for (Scenario scenario : loaded.scenarios()) {
            results.add(run(rules, scenario, firedAnywhere));
        }
        List<RuleInfo> neverFired = rules.rules().stream().filter(r -> !firedAnywhere.contains(r.name())).toList();
        int passed = (int) results.stream().filter(ScenarioResult::passed).count();
        return new ScenarioReport(rules.version(), passed, results.size() - passed, List.copyOf(results),
                rules.rules().size(), neverFired);
    }

    private ScenarioResult run(RuleSet rules, Scenario scenario, Set<String> firedAnywhere) {
        List<Mismatch> mismatches = new ArrayList<>();
        try {
            requestChecks.accept(scenario.request());
            Evaluation actual = rules.evaluate(scenario.request().toFacts());
            actual.firedRules().forEach(f -> firedAnywhere.add(f.name()));
            compare(scenario.expect(), actual, mismatches);
        } catch (InvalidRequestException e) {
            e.errors().forEach(err -> mismatches.add(new Mismatch("request." + err.field(), "a valid request", err.message())));
        } catch (RuleOutcomeException e) {
            mismatches.add(new Mismatch("decision", "a verdict", e.getMessage()));
        }
        return new ScenarioResult(scenario.name(), scenario.file(), mismatches.isEmpty(), List.copyOf(mismatches));
    }

    private static void compare(Expectation expect, Evaluation actual, List<Mismatch> out) {
        check(out, "tier", expect.tier(), actual.verdict().tier());
        check(out, "activeEntitlements", expect.activeEntitlements(), actual.activeEntitlements());
        check(out, "qualifiedIndividuals", expect.qualifiedIndividuals(), actual.qualifiedIndividuals());
        for (Expectation.Requirement want : expect.requirements()) {
            String what = "requirement " + want.level() + " " + want.id();
            RequirementResult got = actual.requirements().stream()
                    .filter(r -> r.level() == want.level() && r.requirement().equals(want.id()))
                    .findFirst().orElse(null);
            if (got == null) {
                out.add(new Mismatch(what, "a result", "none"));
                continue;
            }
            check(out, what + " met", want.met(), got.met());
            check(out, what + " actual", want.actual(), got.actual());
            check(out, what + " required", want.required(), got.required());
        }
        for (Expectation.Excluded want : expect.excluded()) {
            if (actual.exclusions().stream().noneMatch(x -> matches(want, x))) {
                out.add(new Mismatch("excluded", describe(want), actual.exclusions().stream()
                        .map(x -> x.reason() + " " + Objects.toString(x.tenantId(), Objects.toString(x.individualId(), ""))
                                + (x.workload() == null ? "" : " " + x.workload())).toList().toString()));
            }
        }
        if (Boolean.TRUE.equals(expect.nothingExcluded()) && !actual.exclusions().isEmpty()) {
            out.add(new Mismatch("excluded", "nothing", actual.exclusions().size() + " exclusions"));
        }
        List<String> fired = actual.firedRules().stream().map(FiredRule::name).toList();
        for (String rule : expect.rulesFired()) {
            if (!fired.contains(rule)) {
                out.add(new Mismatch("rule \"" + rule + "\"", "fired", "did not fire"));
            }
        }
        for (String rule : expect.rulesNotFired()) {
            if (fired.contains(rule)) {
                out.add(new Mismatch("rule \"" + rule + "\"", "not fired", "fired"));
            }
        }
        List<String> sentences = Stream.of(actual.explanation().stream(),
                actual.exclusions().stream().map(Exclusion::explanation),
                actual.qualifications().stream().map(q -> q.explanation())).flatMap(s -> s).toList();
        for (String text : expect.explanationContains()) {
            if (sentences.stream().noneMatch(s -> s.contains(text))) {
                out.add(new Mismatch("explanation", "a sentence containing \"" + text + "\"", sentences.toString()));
            }
        }
    }

    private static void check(List<Mismatch> out, String what, Object expected, Object actual) {
        if (expected != null && !expected.equals(actual)) {
            out.add(new Mismatch(what, String.valueOf(expected), String.valueOf(actual)));
        }
    }

    private static boolean matches(Expectation.Excluded want, Exclusion x) {
        return (want.kind() == null || want.kind() == x.kind())
                && (want.tenantId() == null || want.tenantId().equals(x.tenantId()))
                && (want.workload() == null || want.workload().equals(x.workload()))
                && (want.individualId() == null || want.individualId().equals(x.individualId()))
                && (want.reason() == null || want.reason().equals(x.reason()));
    }

    private static String describe(Expectation.Excluded want) {
        StringBuilder s = new StringBuilder("an exclusion");
        if (want.reason() != null) {
            s.append(' ').append(want.reason());
        }
        for (String part : new String[] {want.tenantId(), want.workload(), want.individualId()}) {
            if (part != null) {
                s.append(' ').append(part);
            }
        }
        return s.toString();
    }
}
