package dev.partnertier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.partnertier.testing.Partners;
import dev.partnertier.testing.RulesCopy;

/** The rules that fired, as an answer names them: each once, with how many times it fired, from the seed rules. */
class FiredRulesTest {

    private static RuleSet rules;

    @BeforeAll
    static void compile() throws Exception {
        rules = new RuleCompiler().compile(RuleFiles.read(RulesCopy.SEED));
    }

    @Test
    void eachRuleIsNamedOnceWithHowManyTimesItFiredAndItsFile() {
        // Two people qualify and the partner misses both performance thresholds: the rules that judge each person
        // and each level fire twice, the tier once.
        Evaluation evaluation = rules.evaluate(Partners.mature()
                .associatedCustomer("a.onmicrosoft.com", "EXCHANGE_ONLINE", 10)
                .byExams("p-1").byExams("p-2").build());

        assertThat(evaluation.firedRules()).extracting(FiredRule::name).doesNotHaveDuplicates();
        Map<String, Integer> firings = evaluation.firedRules().stream()
                .collect(Collectors.toMap(FiredRule::name, FiredRule::firings));
        assertThat(firings)
                .containsEntry("An individual who meets a route is qualified", 2)
                .containsEntry("Performance is not met when the active entitlements fall short of the threshold", 2)
                .containsEntry("A level is not met when one of its requirements is not met", 2)
                .containsEntry("The tier is None when neither Silver nor Gold is met", 1)
                .doesNotContainKey("The tier is Silver when Silver is met and Gold is not");
        assertThat(evaluation.firedRules()).allSatisfy(f -> assertThat(f.file()).endsWith(".drl"));
        assertThat(evaluation.firedRules()).filteredOn(f -> f.name().equals("The tier is None when neither Silver nor Gold is met"))
                .singleElement().extracting(FiredRule::file).isEqualTo("tier.drl");
    }

    @Test
    void rulesAreListedInTheOrderTheyFirstFired() {
        // A rule that needs another's conclusion can first fire only after it: the performance results, then the
        // levels they decide, then the tier.
        List<String> names = rules.evaluate(Partners.mature().byExams("p-1").build()).firedRules().stream()
                .map(FiredRule::name).toList();

        assertThat(names.indexOf("Gold performance threshold in every market"))
                .isNotNegative()
                .isLessThan(names.indexOf("Performance is not met when the active entitlements fall short of the threshold"));
        assertThat(names.indexOf("Performance is not met when the active entitlements fall short of the threshold"))
                .isLessThan(names.indexOf("A level is not met when one of its requirements is not met"));
        assertThat(names.indexOf("A level is not met when one of its requirements is not met"))
                .isLessThan(names.indexOf("The tier is None when neither Silver nor Gold is met"));
    }

    @Test
    void eachEvaluationCountsOnlyItsOwnFirings() {
        Evaluation first = rules.evaluate(Partners.mature().byExams("p-1").byExams("p-2").byExams("p-3").build());
        Evaluation second = rules.evaluate(Partners.mature().byExams("p-1").build());

        assertThat(firingsOf(first, "An individual who meets a route is qualified")).isEqualTo(3);
        assertThat(firingsOf(second, "An individual who meets a route is qualified")).isEqualTo(1);
    }

    private static int firingsOf(Evaluation evaluation, String rule) {
        return evaluation.firedRules().stream().filter(f -> f.name().equals(rule)).mapToInt(FiredRule::firings).sum();
    }
}
