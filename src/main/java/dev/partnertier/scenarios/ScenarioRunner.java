package dev.partnertier.scenarios;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import dev.partnertier.answer.Answers;
import dev.partnertier.answer.EvaluationResponse;
import dev.partnertier.answer.EvaluationResponse.CloseView;
import dev.partnertier.answer.EvaluationResponse.ExcludedView;
import dev.partnertier.answer.EvaluationResponse.GapView;
import dev.partnertier.answer.EvaluationResponse.MissingView;
import dev.partnertier.answer.EvaluationResponse.RequirementView;
import dev.partnertier.contract.InvalidRequestException;
import dev.partnertier.engine.Evaluation;
import dev.partnertier.engine.FiredRule;
import dev.partnertier.engine.Hint;
import dev.partnertier.engine.RuleInfo;
import dev.partnertier.engine.RuleOutcomeException;
import dev.partnertier.engine.RuleSet;
import dev.partnertier.model.PartnerFacts;
import dev.partnertier.scenarios.ScenarioResult.Mismatch;
import dev.partnertier.wording.Wording;

/**
 * Runs scenarios against rules and their wording, and says, per scenario, how the answer differs from the
 * expectation, and which rules no scenario fired. The answer is the one {@code POST /evaluate} would give.
 */
public final class ScenarioRunner {

    /** What a mismatch is about when the rules failed to decide the scenario's partner (threw, looped, no verdict). */
    public static final String DECISION = "decision";

    /** What a scenario is told of a rule name no rule has. */
    static final String NO_SUCH_RULE = word("no-such-rule");

    /** How a mismatch about the scenario's request begins: {@code request.customers[0].tenantId}. */
    static final String REQUEST = "request.";

    private ScenarioRunner() {
    }

    /**
     * Runs each scenario read from a folder (or posted) against the rules, in their order; a file that could not be
     * read is a failed result of its own. Coverage is counted as {@link ScenarioReport} says.
     */
    public static ScenarioReport run(RuleSet rules, Wording wording, ScenarioFiles.Loaded loaded) {
        List<ScenarioResult> results = new ArrayList<>(loaded.unreadable());
        Set<String> firedAnywhere = new HashSet<>();
        boolean anyDecided = false;
        boolean rulesFailed = false;
        for (Scenario scenario : loaded.scenarios()) {
            ScenarioResult result = run(rules, wording, scenario, firedAnywhere);
            results.add(result);
            // An invalid request never reaches the rules; rules that failed stopped midway, before the others fired.
            boolean failed = result.mismatches().stream().anyMatch(m -> DECISION.equals(m.what()));
            boolean invalid = result.mismatches().stream().anyMatch(m -> m.what().startsWith(REQUEST));
            rulesFailed |= failed;
            anyDecided |= !failed && !invalid;
        }
        boolean counted = anyDecided && !rulesFailed;
        List<RuleInfo> neverFired = counted
                ? rules.rules().stream().filter(r -> !firedAnywhere.contains(r.name())).toList()
                : List.of();
        int passed = (int) results.stream().filter(ScenarioResult::passed).count();
        return new ScenarioReport(rules.version(), passed, results.size() - passed, List.copyOf(results),
                rules.rules().size(), counted, neverFired);
    }

    private static ScenarioResult run(RuleSet rules, Wording wording, Scenario scenario, Set<String> firedAnywhere) {
        List<Mismatch> mismatches = new ArrayList<>();
        try {
            PartnerFacts partner = scenario.partner();
            Evaluation evaluation = rules.evaluate(partner);
            evaluation.firedRules().forEach(f -> firedAnywhere.add(f.name()));
            Answers.askWording(evaluation, wording.in(Wording.DEFAULT_LANGUAGE));
            compare(scenario.expect(), evaluation, Answers.of(partner, evaluation, wording.in(Wording.DEFAULT_LANGUAGE)),
                    () -> Answers.of(partner, evaluation, wording.in(Locale.KOREAN.getLanguage())),
                    rules, mismatches);
            for (Map.Entry<String, List<String>> language : scenario.expect().explanationContainsIn().entrySet()) {
                String what = "explanation (" + language.getKey() + ")";
                // ko-KR is ko; a language the wording does not have (kr) would be checked against English
                String tag = Locale.forLanguageTag(language.getKey()).getLanguage();
                if (!wording.languages().contains(tag)) {
                    mismatches.add(new Mismatch(what, word("a-language-of", String.join(", ", new java.util.TreeSet<>(wording.languages()))),
                            language.getKey()));
                    continue;
                }
                EvaluationResponse answer = Answers.of(partner, evaluation, wording.in(tag));
                sentencesContain(language.getValue(), sentences(answer), what, mismatches);
            }
        } catch (InvalidRequestException e) {
            e.errors().forEach(err -> mismatches.add(new Mismatch(REQUEST + err.field(), word("a-valid-request"), err::message)));
        } catch (RuleOutcomeException e) {
            String expected = scenario.expect().tier() == null ? word("a-verdict")
                    : word("prefix.the-tier", scenario.expect().tier().name());
            mismatches.add(new Mismatch(DECISION, expected, word("prefix.failure", e.getMessage()), e.hint().orElse(null),
                    e.rules()));
        }
        return new ScenarioResult(scenario.name(), scenario.file(), mismatches.isEmpty(), List.copyOf(mismatches));
    }

    /** At most ten, then how many more: a large partner's exclusions would fill GET /rules and the log. */
    private static String listed(List<String> items) {
        return items.size() <= 10 ? items.toString()
                : items.subList(0, 10).toString().replaceAll("]$", ", and " + (items.size() - 10) + " more]");
    }

    /** An exclusion as a mismatch names it: its reason, then its tenant or person, then its workload if any. */
    private static String describe(ExcludedView x) {
        return x.reason() + " " + Objects.toString(x.tenantId(), Objects.toString(x.individualId(), ""))
                + (x.workload() == null ? "" : " " + x.workload());
    }

    /** {@code actual} is the answer in English, {@code korean} makes the same answer in Korean, for hints quoting it. */
    private static void compare(Expectation expect, Evaluation evaluation, EvaluationResponse actual,
            Supplier<EvaluationResponse> korean, RuleSet rules, List<Mismatch> out) {
        if (expect.tier() != null && expect.tier() != actual.tier()) {
            Function<Locale, Hint> hintIn = TierDifference.hintIn(expect.tier(), actual, korean);
            out.add(hintIn == null ? new Mismatch("tier", expect.tier().name(), String.valueOf(actual.tier()))
                    : Mismatch.quoting("tier", expect.tier().name(), String.valueOf(actual.tier()), hintIn));
        }
        check(out, "activeEntitlements", expect.activeEntitlements(), actual.activeEntitlements());
        check(out, "qualifiedIndividuals", expect.qualifiedIndividuals(), actual.qualifiedIndividuals());
        for (Expectation.RequirementExpected want : expect.requirements()) {
            String what = "requirement " + want.level() + " " + (want.id() == null ? "?" : want.id().id());
            RequirementView got = actual.levels().stream().filter(l -> l.level() == want.level())
                    .flatMap(l -> l.requirements().stream()).filter(r -> r.id() == want.id()).findFirst().orElse(null);
            if (got == null) {
                out.add(new Mismatch(what, word("a-result"), word("none")));
                continue;
            }
            check(out, what + " met", want.met(), got.met());
            check(out, what + " actual", want.actual(), got.actual());
            check(out, what + " required", want.required(), got.required());
        }
        for (Expectation.GapExpected want : expect.gaps()) {
            String what = "gap " + want.level() + " " + (want.requirement() == null ? "?" : want.requirement().id());
            MissingView got = actual.gaps().stream().filter(g -> g.level() == want.level())
                    .flatMap(g -> g.missing().stream()).filter(m -> m.requirement() == want.requirement()).findFirst().orElse(null);
            if (got == null) {
                out.add(new Mismatch(what, word("a-gap"), word("none")));
                continue;
            }
            check(out, what + " amount", want.amount(), got.amount());
            if (want.closest() != null) {
                check(out, what + " closest", Set.copyOf(want.closest()),
                        Set.copyOf(got.closest().stream().map(CloseView::individualId).toList()));
            }
        }
        if (Boolean.TRUE.equals(expect.noGaps()) && !actual.gaps().isEmpty()) {
            out.add(new Mismatch("gaps", word("none"), actual.gaps().stream().map(GapView::level).toList().toString()));
        }
        List<ExcludedView> exclusions = new ArrayList<>();
        actual.excluded().forEach(exclusions::add);
        String excluded = listed(exclusions.stream().map(ScenarioRunner::describe).toList());
        for (Expectation.Excluded want : expect.excluded()) {
            if (exclusions.stream().noneMatch(x -> matches(want, x))) {
                out.add(new Mismatch("excluded", describe(want), excluded));
            }
        }
        if (Boolean.TRUE.equals(expect.nothingExcluded()) && !exclusions.isEmpty()) {
            out.add(new Mismatch("excluded", word("nothing"), excluded)); // which ones, not only how many
        }
        namedRules(expect, rules, evaluation, out);
        sentencesContain(expect.explanationContains(), sentences(actual), "explanation", out);
    }

    /**
     * The rules a scenario expects to fire or not: a name no rule has is a mismatch of its own (a rule renamed or
     * deleted, a typo), never "did not fire", nor a silent pass of rulesNotFired.
     */
    private static void namedRules(Expectation expect, RuleSet rules, Evaluation evaluation, List<Mismatch> out) {
        Set<String> names = new HashSet<>(rules.rules().stream().map(RuleInfo::name).toList());
        List<String> fired = evaluation.firedRules().stream().map(FiredRule::name).toList();
        for (String rule : expect.rulesFired()) {
            if (!names.contains(rule)) {
                out.add(new Mismatch("rule \"" + rule + "\"", word("fired"), NO_SUCH_RULE));
            } else if (!fired.contains(rule)) {
                out.add(new Mismatch("rule \"" + rule + "\"", word("fired"), word("did-not-fire")));
            }
        }
        for (String rule : expect.rulesNotFired()) {
            if (!names.contains(rule)) {
                out.add(new Mismatch("rule \"" + rule + "\"", word("not-fired"), NO_SUCH_RULE));
            } else if (fired.contains(rule)) {
                out.add(new Mismatch("rule \"" + rule + "\"", word("not-fired"), word("fired")));
            }
        }
    }

    /**
     * Every sentence of an answer, each once, in the order an analyst reads them: explanation, requirements, gaps,
     * exclusions, qualifications. A requirement's sentence is also in the explanation; a failed scenario lists it once.
     */
    static List<String> sentences(EvaluationResponse answer) {
        Set<String> sentences = new LinkedHashSet<>(answer.explanation());
        answer.levels().forEach(l -> l.requirements().forEach(r -> sentences.add(r.explanation())));
        answer.gaps().forEach(g -> g.missing().forEach(m -> {
            sentences.add(m.explanation());
            m.closest().forEach(c -> sentences.add(c.explanation()));
        }));
        answer.excluded().forEach(x -> sentences.add(x.explanation()));
        answer.qualifications().forEach(q -> sentences.add(q.explanation()));
        return List.copyOf(sentences);
    }

    private static void sentencesContain(List<String> wanted, List<String> sentences, String what, List<Mismatch> out) {
        List<String> missing = wanted.stream().filter(text -> sentences.stream().noneMatch(s -> s.contains(text))).toList();
        if (!missing.isEmpty()) { // one mismatch for all of them: the answer's sentences are listed once
            // each sentence quoted: many hold commas themselves
            String answer = sentences.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(", "));
            String expected = word(missing.size() == 1 ? "prefix.sentence" : "prefix.sentences",
                    missing.stream().map(text -> "\"" + text + "\"").collect(Collectors.joining(" and ")));
            Hint closest = missing.size() == 1 ? ClosestSentence.hint(missing.get(0), sentences) : null;
            out.add(new Mismatch(what, expected, answer, closest, List.of()));
        }
    }

    /** A mismatch's word, in English, from {@code mismatch.properties}: {@link MismatchWords} says it in other languages. */
    private static String word(String key) {
        return MismatchWords.english(key, "");
    }

    /** A mismatch's word that a text follows ({@code a failure of the rules: ...}), in English. */
    private static String word(String key, String rest) {
        return MismatchWords.english(key, rest);
    }

    private static void check(List<Mismatch> out, String what, Object expected, Object actual) {
        if (expected != null && !expected.equals(actual)) {
            out.add(new Mismatch(what, String.valueOf(expected), String.valueOf(actual)));
        }
    }

    private static boolean matches(Expectation.Excluded want, ExcludedView x) {
        return (want.kind() == null || want.kind() == x.kind())
                && (want.tenantId() == null || want.tenantId().equals(x.tenantId()))
                && (want.workload() == null || want.workload().equals(x.workload()))
                && (want.individualId() == null || want.individualId().equals(x.individualId()))
                && (want.reason() == null || want.reason().equals(x.reason()));
    }

    private static String describe(Expectation.Excluded want) {
        StringBuilder s = new StringBuilder();
        for (String part : new String[] {want.reason(), want.tenantId(), want.workload(), want.individualId()}) {
            if (part != null) {
                s.append(' ').append(part);
            }
        }
        return word("prefix.exclusion", s.toString());
    }
}
