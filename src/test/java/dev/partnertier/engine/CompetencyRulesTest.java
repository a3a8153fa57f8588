package dev.partnertier.engine;

import static dev.partnertier.engine.RulesFolder.evaluate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.partnertier.model.Exclusion;
import dev.partnertier.model.ExclusionKind;
import dev.partnertier.model.Level;
import dev.partnertier.model.LevelResult;
import dev.partnertier.model.Market;
import dev.partnertier.model.RequirementResult;
import dev.partnertier.model.Tier;

/** Every rule of the seed, at its boundaries, on the project's own rules folder (no Quarkus). */
class CompetencyRulesTest {

    private static RequirementResult requirement(Evaluation e, Level level, String id) {
        return e.requirements().stream()
                .filter(r -> r.level() == level && r.requirement().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no " + level + " " + id + " result in " + e.requirements()));
    }

    private static boolean levelMet(Evaluation e, Level level) {
        return e.levels().stream().filter(l -> l.level() == level).map(LevelResult::met).findFirst()
                .orElseThrow(() -> new AssertionError("no result for " + level));
    }

    @Nested
    class WhichCustomersCount {

        @ParameterizedTest
        @ValueSource(strings = {"DELEGATED_ADMIN", "PARTNER_OF_RECORD", "DIGITAL_PARTNER_OF_RECORD"})
        void anyOneOfTheThreeAssociationsIsEnough(String association) {
            Evaluation e = evaluate(Partners.mature().customer("t1", Set.of(association), "EXCHANGE_ONLINE", 700));

            assertThat(e.activeEntitlements()).isEqualTo(700);
            assertThat(e.exclusions()).isEmpty();
        }

        @Test
        void aCustomerWithNoAssociationDoesNotCountAndIsReported() {
            Evaluation e = evaluate(Partners.mature()
                    .associatedCustomer("t1", "EXCHANGE_ONLINE", 100)
                    .customer("t2", Set.of(), "EXCHANGE_ONLINE", 5000, "YAMMER", 300));

            assertThat(e.activeEntitlements()).isEqualTo(100);
            assertThat(e.exclusions()).singleElement().satisfies(x -> {
                assertThat(x.kind()).isEqualTo(ExclusionKind.CUSTOMER);
                assertThat(x.tenantId()).isEqualTo("t2");
                assertThat(x.reason()).isEqualTo("NOT_ASSOCIATED");
                assertThat(x.explanation()).contains("t2", "delegated admin", "partner of record");
            });
        }

        @Test
        void anUnknownAssociationDoesNotCount() {
            Evaluation e = evaluate(Partners.mature().customer("t1", Set.of("RESELLER"), "EXCHANGE_ONLINE", 5000));

            assertThat(e.activeEntitlements()).isZero();
            assertThat(e.exclusions()).extracting(Exclusion::reason).containsExactly("NOT_ASSOCIATED");
        }

        @Test
        void severalAssociationsCountTheCustomerOnce() {
            Evaluation e = evaluate(Partners.mature().customer("t1",
                    Set.of("DELEGATED_ADMIN", "PARTNER_OF_RECORD", "DIGITAL_PARTNER_OF_RECORD"), "EXCHANGE_ONLINE", 250));

            assertThat(e.activeEntitlements()).isEqualTo(250);
        }
    }

    @Nested
    class WhichWorkloadsCount {

        @ParameterizedTest
        @ValueSource(strings = {"EXCHANGE_ONLINE", "SHAREPOINT_ONLINE", "SKYPE_FOR_BUSINESS", "YAMMER", "OFFICE_365_PROPLUS"})
        void eachOfTheFiveOffice365WorkloadsCounts(String workload) {
            Evaluation e = evaluate(Partners.mature().associatedCustomer("t1", workload, 321));

            assertThat(e.activeEntitlements()).isEqualTo(321);
            assertThat(e.exclusions()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"DYNAMICS_365", "ONEDRIVE", "exchange_online", "TEAMS"})
        void anyOtherWorkloadIsAcceptedCountedAsZeroAndReported(String workload) {
            Evaluation e = evaluate(Partners.mature().associatedCustomer("t1", "EXCHANGE_ONLINE", 10, workload, 5000));

            assertThat(e.activeEntitlements()).isEqualTo(10);
            assertThat(e.exclusions()).singleElement().satisfies(x -> {
                assertThat(x.kind()).isEqualTo(ExclusionKind.WORKLOAD);
                assertThat(x.workload()).isEqualTo(workload);
                assertThat(x.reason()).isEqualTo("WORKLOAD_NOT_ELIGIBLE");
                assertThat(x.activeUsers()).isEqualTo(5000);
                assertThat(x.explanation()).contains(workload, "t1", "5,000 active users not counted");
            });
        }

        @Test
        void aTrialWorkloadNeverCountsAndIsReported() {
            Evaluation e = evaluate(Partners.mature()
                    .associatedCustomer("t1", "EXCHANGE_ONLINE", 1999)
                    .trial("t1", "SHAREPOINT_ONLINE", 1));

            assertThat(e.activeEntitlements()).isEqualTo(1999);
            assertThat(e.verdict().tier()).isEqualTo(Tier.NONE);
            assertThat(e.exclusions()).singleElement().satisfies(x -> {
                assertThat(x.reason()).isEqualTo("TRIAL");
                assertThat(x.workload()).isEqualTo("SHAREPOINT_ONLINE");
                assertThat(x.explanation()).contains("trial");
            });
        }

        @Test
        void aTrialOfAnIneligibleWorkloadIsReportedForBothReasons() {
            Evaluation e = evaluate(Partners.mature().associatedCustomer("t1").trial("t1", "DYNAMICS_365", 40));

            assertThat(e.exclusions()).extracting(Exclusion::reason)
                    .containsExactlyInAnyOrder("TRIAL", "WORKLOAD_NOT_ELIGIBLE");
            assertThat(e.activeEntitlements()).isZero();
        }
    }

    @Nested
    class CountingActiveEntitlements {

        @Test
        void aPersonActiveInTwoWorkloadsHoldsTwoEntitlements() {
            Evaluation e = evaluate(Partners.mature().associatedCustomer("t1", "EXCHANGE_ONLINE", 1000, "SHAREPOINT_ONLINE", 1000));

            assertThat(e.activeEntitlements()).isEqualTo(2000);
            assertThat(e.verdict().tier()).isNotEqualTo(Tier.GOLD);
            assertThat(requirement(e, Level.SILVER, "performance").met()).isTrue();
        }

        @Test
        void thePartnersFigureIsTheSumOverItsCustomers() {
            Evaluation e = evaluate(Partners.mature()
                    .associatedCustomer("t1", "EXCHANGE_ONLINE", 800, "YAMMER", 200)
                    .associatedCustomer("t2", "OFFICE_365_PROPLUS", 1000)
                    .customer("t3", Set.of("PARTNER_OF_RECORD"), "SKYPE_FOR_BUSINESS", 150));

            assertThat(e.activeEntitlements()).isEqualTo(2150);
            assertThat(e.explanation()).contains(
                    "2,150 active entitlements counted: the active users of 4 eligible paid workloads across 3 associated customers.");
        }

        @Test
        void noCustomersMeansNoEntitlements() {
            Evaluation e = evaluate(Partners.mature().byExams("a").byExams("b"));

            assertThat(e.activeEntitlements()).isZero();
            assertThat(e.verdict().tier()).isEqualTo(Tier.NONE);
            assertThat(requirement(e, Level.SILVER, "performance").explanation())
                    .isEqualTo("Silver performance not met: 0 active entitlements, 2,000 required in a mature market");
        }

        @Test
        void zeroActiveUsersCountAsZero() {
            Evaluation e = evaluate(Partners.mature().associatedCustomer("t1", "EXCHANGE_ONLINE", 0));

            assertThat(e.activeEntitlements()).isZero();
            assertThat(e.exclusions()).isEmpty();
        }
    }

    @Nested
    class Performance {

        @ParameterizedTest(name = "{0}: {1} active entitlements meet Silver: {2}")
        @CsvSource({
                "MATURE, 2000, true",
                "MATURE, 1999, false",
                "MATURE, 2001, true",
                "EMERGING, 1000, true",
                "EMERGING, 999, false",
                "EMERGING, 1999, true"})
        void silverThresholdDependsOnTheMarketAndIsInclusive(Market market, long entitlements, boolean met) {
            Evaluation e = evaluate(Partners.in(market).associatedCustomer("t1", "EXCHANGE_ONLINE", entitlements).byExams("a"));

            RequirementResult silver = requirement(e, Level.SILVER, "performance");
            assertThat(silver.met()).isEqualTo(met);
            assertThat(silver.actual()).isEqualTo(entitlements);
            assertThat(silver.required()).isEqualTo(market == Market.MATURE ? 2000 : 1000);
            assertThat(e.verdict().tier()).isEqualTo(met ? Tier.SILVER : Tier.NONE);
        }

        @ParameterizedTest(name = "{0}: {1} active entitlements meet Gold: {2}")
        @CsvSource({
                "MATURE, 4000, true",
                "MATURE, 3999, false",
                "EMERGING, 4000, true",
                "EMERGING, 3999, false"})
        void goldNeedsFourThousandInEveryMarket(Market market, long entitlements, boolean met) {
            Evaluation e = evaluate(Partners.in(market).associatedCustomer("t1", "EXCHANGE_ONLINE", entitlements).byExams("a").byExams("b"));

            RequirementResult gold = requirement(e, Level.GOLD, "performance");
            assertThat(gold.met()).isEqualTo(met);
            assertThat(gold.required()).isEqualTo(4000);
            assertThat(e.verdict().tier()).isEqualTo(met ? Tier.GOLD : Tier.SILVER);
        }

        @Test
        void theExplanationCarriesTheNumbers() {
            Evaluation e = evaluate(Partners.mature().associatedCustomer("t1", "EXCHANGE_ONLINE", 2150).byExams("a"));

            assertThat(e.explanation()).contains(
                    "Silver performance met: 2,150 active entitlements, 2,000 required in a mature market",
                    "Gold performance not met: 2,150 active entitlements, 4,000 required in every market");
        }

        @Test
        void theEmergingMarketIsNamedInItsExplanation() {
            Evaluation e = evaluate(Partners.emerging().associatedCustomer("t1", "EXCHANGE_ONLINE", 999));

            assertThat(requirement(e, Level.SILVER, "performance").explanation())
                    .isEqualTo("Silver performance not met: 999 active entitlements, 1,000 required in an emerging market");
        }
    }

    @Nested
    class QualifiedIndividuals {

        @Test
        void passingBothExamsQualifies() {
            Evaluation e = evaluate(Partners.mature().individual("a", Set.of("70-346", "70-347"), Set.of()));

            assertThat(e.qualifiedIndividuals()).isEqualTo(1);
            assertThat(e.qualifications()).extracting(q -> q.route()).containsExactly("EXAMS");
        }

        @Test
        void holdingMcsaOffice365Qualifies() {
            Evaluation e = evaluate(Partners.mature().individual("a", Set.of(), Set.of("MCSA_OFFICE_365")));

            assertThat(e.qualifiedIndividuals()).isEqualTo(1);
            assertThat(e.qualifications()).extracting(q -> q.route()).containsExactly("MCSA_OFFICE_365");
        }

        @ParameterizedTest
        @CsvSource({"70-346, 70-347", "70-347, 70-346"})
        void oneExamAloneDoesNotQualifyAndTheExplanationNamesTheMissingExam(String passed, String missing) {
            Evaluation e = evaluate(Partners.mature().individual("half", Set.of(passed), Set.of()));

            assertThat(e.qualifiedIndividuals()).isZero();
            assertThat(e.exclusions()).singleElement().satisfies(x -> {
                assertThat(x.kind()).isEqualTo(ExclusionKind.INDIVIDUAL);
                assertThat(x.individualId()).isEqualTo("half");
                assertThat(x.reason()).isEqualTo("MISSING_EXAM");
                assertThat(x.explanation()).contains("still needs exam " + missing).doesNotContain("needs exam " + passed);
            });
        }

        @Test
        void someoneWithNeitherRouteIsToldBothExams() {
            Evaluation e = evaluate(Partners.mature().individual("none", Set.of("70-533"), Set.of("MCSA_AZURE")));

            assertThat(e.exclusions()).singleElement()
                    .extracting(Exclusion::explanation).asString()
                    .contains("still needs exams 70-346 and 70-347, or the MCSA: Office 365 certification");
        }

        @Test
        void aPersonMeetingBothRoutesCountsOnce() {
            Evaluation e = evaluate(Partners.mature().individual("both", Set.of("70-346", "70-347"), Set.of("MCSA_OFFICE_365")));

            assertThat(e.qualifiedIndividuals()).isEqualTo(1);
            assertThat(e.qualifications()).hasSize(2);
        }

        @Test
        void theRoutesMix() {
            Evaluation e = evaluate(Partners.mature().associatedCustomer("t1", "EXCHANGE_ONLINE", 4000).byExams("a").byMcsa("b"));

            assertThat(e.qualifiedIndividuals()).isEqualTo(2);
            assertThat(e.verdict().tier()).isEqualTo(Tier.GOLD);
        }

        @Test
        void twoHalfQualifiedPeopleDoNotMakeOneQualifiedIndividual() {
            Evaluation e = evaluate(Partners.mature().associatedCustomer("t1", "EXCHANGE_ONLINE", 5000)
                    .individual("a", Set.of("70-346"), Set.of())
                    .individual("b", Set.of("70-347"), Set.of()));

            assertThat(e.qualifiedIndividuals()).isZero();
            assertThat(e.verdict().tier()).isEqualTo(Tier.NONE);
            assertThat(e.exclusions()).extracting(Exclusion::individualId).containsExactly("a", "b");
        }
    }

    @Nested
    class Exams {

        @ParameterizedTest(name = "{0} qualified individuals: Silver {1}, Gold {2}")
        @CsvSource({"0, false, false", "1, true, false", "2, true, true", "3, true, true"})
        void silverNeedsOneAndGoldNeedsTwo(int people, boolean silver, boolean gold) {
            Partners partner = Partners.mature().associatedCustomer("t1", "EXCHANGE_ONLINE", 4000);
            for (int i = 0; i < people; i++) {
                partner.byExams("p" + i);
            }
            Evaluation e = evaluate(partner);

            assertThat(requirement(e, Level.SILVER, "exams").met()).isEqualTo(silver);
            assertThat(requirement(e, Level.GOLD, "exams").met()).isEqualTo(gold);
            assertThat(requirement(e, Level.GOLD, "exams").actual()).isEqualTo(people);
        }

        @Test
        void theExplanationCarriesTheNumbers() {
            Evaluation e = evaluate(Partners.mature().byExams("a"));

            assertThat(e.explanation()).contains(
                    "Silver exams met: 1 qualified individual, 1 required",
                    "Gold exams not met: 1 qualified individual, 2 required");
        }
    }

    @Nested
    class TheTier {

        @Test
        void goldNeedsGoldPerformanceAndTwoQualifiedIndividuals() {
            Evaluation e = evaluate(Partners.mature().associatedCustomer("t1", "EXCHANGE_ONLINE", 4000).byExams("a").byMcsa("b"));

            assertThat(e.verdict().tier()).isEqualTo(Tier.GOLD);
            assertThat(levelMet(e, Level.GOLD)).isTrue();
            assertThat(levelMet(e, Level.SILVER)).isTrue();
            assertThat(e.explanation().get(0)).isEqualTo("Tier GOLD: every Gold requirement is met.");
        }

        @Test
        void goldPerformanceWithOneQualifiedIndividualIsSilver() {
            Evaluation e = evaluate(Partners.mature().associatedCustomer("t1", "EXCHANGE_ONLINE", 10_000).byExams("a"));

            assertThat(e.verdict().tier()).isEqualTo(Tier.SILVER);
            assertThat(e.explanation().get(0)).startsWith("Tier SILVER");
        }

        @Test
        void twoQualifiedIndividualsWithoutSilverPerformanceIsNone() {
            Evaluation e = evaluate(Partners.mature().associatedCustomer("t1", "EXCHANGE_ONLINE", 1999).byExams("a").byExams("b"));

            assertThat(e.verdict().tier()).isEqualTo(Tier.NONE);
            assertThat(levelMet(e, Level.SILVER)).isFalse();
            assertThat(e.explanation().get(0)).startsWith("Tier NONE");
        }

        @Test
        void silverPerformanceWithoutAQualifiedIndividualIsNone() {
            Evaluation e = evaluate(Partners.mature().associatedCustomer("t1", "EXCHANGE_ONLINE", 3000));

            assertThat(e.verdict().tier()).isEqualTo(Tier.NONE);
            assertThat(requirement(e, Level.SILVER, "performance").met()).isTrue();
            assertThat(requirement(e, Level.SILVER, "exams").met()).isFalse();
        }

        @ParameterizedTest
        @EnumSource(Market.class)
        void everyLevelHasBothRequirementsInOrder(Market market) {
            Evaluation e = evaluate(Partners.in(market));

            assertThat(e.requirements()).extracting(RequirementResult::level, RequirementResult::requirement)
                    .containsExactly(tuple(Level.SILVER, "performance"), tuple(Level.SILVER, "exams"),
                            tuple(Level.GOLD, "performance"), tuple(Level.GOLD, "exams"));
            assertThat(e.levels()).extracting(LevelResult::level).containsExactly(Level.SILVER, Level.GOLD);
        }

        @Test
        void theExplanationOpensWithTheVerdictThenEachRequirement() {
            Evaluation e = evaluate(Partners.mature().associatedCustomer("t1", "EXCHANGE_ONLINE", 2150).byExams("a"));

            assertThat(e.explanation()).startsWith(
                    "Tier SILVER: every Silver requirement is met, but not every Gold requirement.",
                    "Silver performance met: 2,150 active entitlements, 2,000 required in a mature market",
                    "Silver exams met: 1 qualified individual, 1 required",
                    "Gold performance not met: 2,150 active entitlements, 4,000 required in every market",
                    "Gold exams not met: 1 qualified individual, 2 required");
        }
    }

    @Nested
    class FiredRules {

        @Test
        void theRulesThatDecidedAreReportedWithTheirFile() {
            Evaluation e = evaluate(Partners.mature().associatedCustomer("t1", "EXCHANGE_ONLINE", 1000, "YAMMER", 1000).byExams("a"));

            assertThat(e.firedRules()).extracting(FiredRule::name, FiredRule::file, FiredRule::firings).contains(
                    tuple("Silver performance threshold in a mature market", "performance.drl", 1),
                    tuple("The partner's active entitlements are the active users of every workload not excluded, summed over its customers", "entitlements.drl", 1),
                    tuple("The tier is Silver when Silver is met and Gold is not", "tier.drl", 1));
            assertThat(e.firedRules()).extracting(FiredRule::name)
                    .doesNotContain("Silver performance threshold in an emerging market", "A trial workload does not count");
            assertThat(e.rulesVersion()).isEqualTo(RulesFolder.ruleSet().version());
        }
    }
}
