package dev.partnertier.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.partnertier.activation.LoadedRules;
import dev.partnertier.answer.EvaluationResponse.ExcludedView;
import dev.partnertier.model.Market;
import dev.partnertier.model.PartnerFacts;
import dev.partnertier.testing.RulesCopy;
import dev.partnertier.testing.SeedRules;

/**
 * Which sentences a person's exams and certifications, or a trial written otherwise, get: the {@code .wrong-list}
 * sentence (said after the person's) and {@code .written-otherwise.trial} where the wording has them (the seed rules
 * with those two added), and what the seed wording alone says.
 */
class CredentialSentencesTest {

    private static Path copy;
    private static LoadedRules withVariants;

    @BeforeAll
    static void seedWithTheTwoVariants() throws IOException {
        copy = Files.createTempDirectory("credential-sentences");
        RulesCopy.copy(copy);
        Files.writeString(copy.resolve("messages_en.properties"), """

                exclusion.MISSING_EXAM.wrong-list=In the wrong list: {given}, meant {meant}.
                exclusion.WORKLOAD_NOT_ELIGIBLE.written-otherwise.trial={given} of {tenant} is {meant} but a trial ({users}).
                """, StandardOpenOption.APPEND);
        Files.writeString(copy.resolve("messages_ko.properties"), """

                exclusion.MISSING_EXAM.wrong-list=잘못된 목록: {given}, 코드 {meant}.
                exclusion.WORKLOAD_NOT_ELIGIBLE.written-otherwise.trial={given}, {tenant}: {meant}, 평가판 ({users}).
                """, StandardOpenOption.APPEND);
        withVariants = SeedRules.load(copy);
    }

    @AfterAll
    static void deleteCopy() {
        RulesCopy.delete(copy);
    }

    private static List<String> sentences(LoadedRules rules, PartnerFacts partner) {
        List<String> lines = new ArrayList<>();
        for (ExcludedView line : Answers.of(partner, rules.rules().evaluate(partner), rules.wording().in("en")).excluded()) {
            lines.add(line.explanation());
        }
        return lines;
    }

    private static PartnerFacts person(Set<String> exams, Set<String> certifications) {
        return PartnerFacts.builder().partner("p", Market.MATURE).individual("a", "Ana", exams, certifications).build();
    }

    private static final String NOT_QUALIFIED = "Ana (a) is not a qualified individual: still needs exams 70-346 and 70-347 or the "
            + "MCSA: Office 365 certification.";

    @Test
    void examsSentAsCertificationsAndTheCertificationSentAsAnExamAreSaidToBeInTheWrongList() {
        assertThat(sentences(withVariants, person(Set.of(), Set.of("70-347", "70-346"))))
                .containsExactly(NOT_QUALIFIED + " In the wrong list: \"70-346\" and \"70-347\", meant 70-346 and 70-347.");
        assertThat(sentences(withVariants, person(Set.of("mcsa office 365"), Set.of())))
                .containsExactly(NOT_QUALIFIED + " In the wrong list: \"mcsa office 365\", meant MCSA_OFFICE_365.");
    }

    /** Each is said: one written otherwise in its own list by the person's sentence, one in the wrong list after it. */
    @Test
    void aCredentialWrittenOtherwiseAndOneInTheWrongListAreBothSaid() {
        assertThat(sentences(withVariants, person(Set.of("Exam 70-346"), Set.of("70-347")))).singleElement().asString()
                .contains("\"Exam 70-346\" is not one of the exams and certifications that count (70-346, 70-347 and MCSA_OFFICE_365) as written")
                .contains("The rules write \"Exam 70-346\" as 70-346")
                .endsWith(" In the wrong list: \"70-347\", meant 70-347.");
    }

    @Test
    void theOthersAreStillNamedBesideTheWrongList() {
        assertThat(sentences(withVariants, person(Set.of(), Set.of("70-346", "AZ-900")))).singleElement().asString()
                .contains("\"AZ-900\" is not one of the exams and certifications that count")
                .endsWith(" In the wrong list: \"70-346\", meant 70-346.");
    }

    /** Sent in both lists, it counts in its own; the copy in the other is no mistake to point out. */
    @Test
    void aCredentialAlsoSentInItsOwnListIsNotInTheWrongList() {
        assertThat(sentences(withVariants, person(Set.of("70-346"), Set.of("70-346"))))
                .containsExactly("Ana (a) is not a qualified individual: still needs exam 70-347 or the MCSA: Office 365 certification.");
    }

    /** Written otherwise, of what the person holds where it counts: a copy, no mistake to point out. */
    @Test
    void aCopyOfACredentialThePersonHoldsWhereItCountsIsNotSaid() {
        String needs = "Ana (a) is not a qualified individual: still needs exam 70-347 or the MCSA: Office 365 certification.";
        assertThat(sentences(withVariants, person(Set.of("70-346", "Exam 70-346"), Set.of()))).containsExactly(needs);
        assertThat(sentences(withVariants, person(Set.of("70-346"), Set.of("Exam 70-346")))).containsExactly(needs);
    }

    /** Each spelling beside its own code, whatever else is sent: the code meant by two stands twice. */
    @Test
    void eachSpellingStandsBesideTheCodeItMeans() {
        assertThat(sentences(withVariants, person(Set.of(), Set.of("70 347", "Exam 70-346", "Exam 70-347"))))
                .containsExactly(NOT_QUALIFIED + " In the wrong list: \"70 347\", \"Exam 70-346\" and \"Exam 70-347\", "
                        + "meant 70-347, 70-346 and 70-347.");
    }

    @Test
    void aNameSentInBothListsIsNamedOnce() {
        assertThat(sentences(SeedRules.get(), person(Set.of("AZ-900"), Set.of("AZ-900"))))
                .singleElement().asString().contains("\"AZ-900\" is not one of the exams and certifications that count");
    }

    @Test
    void withoutTheWrongListSentenceTheUnrecognisedOneIsSaid() {
        assertThat(sentences(SeedRules.get(), person(Set.of(), Set.of("70-346", "70-347"))))
                .singleElement().asString().contains("\"70-346\" and \"70-347\" are not among the exams and certifications that count");
    }

    @Test
    void aTrialWrittenOtherwiseSaysItIsATrialWhereTheWordingHasTheSentence() {
        PartnerFacts.Builder b = PartnerFacts.builder().partner("p", Market.MATURE);
        b.workload(b.customer("t", Set.of("DELEGATED_ADMIN")), "t", "Exchange Online", 400, true);
        PartnerFacts partner = b.build();

        assertThat(sentences(withVariants, partner)).containsExactly("\"Exchange Online\" of t is EXCHANGE_ONLINE but a trial (400).");
        assertThat(sentences(SeedRules.get(), partner)).singleElement().asString()
                .startsWith("Workload \"Exchange Online\" of customer t does not count as written: the rules know it as EXCHANGE_ONLINE");
    }

    @Test
    void aPaidWorkloadWrittenOtherwiseKeepsItsSentence() {
        PartnerFacts.Builder b = PartnerFacts.builder().partner("p", Market.MATURE);
        b.workload(b.customer("t", Set.of("DELEGATED_ADMIN")), "t", "Exchange Online", 400, false);

        assertThat(sentences(withVariants, b.build())).singleElement().asString()
                .startsWith("Workload \"Exchange Online\" of customer t does not count as written");
    }
}
