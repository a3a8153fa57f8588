package dev.partnertier.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.partnertier.engine.RuleFile;
import dev.partnertier.testing.RulesCopy;
import dev.partnertier.wording.Sentences;
import dev.partnertier.wording.Wording;

/** A code written otherwise is named only when exactly one of the rules' codes matches it, in any language's names. */
class WrittenOtherwiseTest {

    private static final List<String> WORKLOADS = List.of("EXCHANGE_ONLINE", "SHAREPOINT_ONLINE", "SKYPE_FOR_BUSINESS", "YAMMER",
            "OFFICE_365_PROPLUS");
    private static Sentences english;

    @BeforeAll
    static void wording() throws IOException {
        english = Wording.of(List.of(file("messages_en.properties"), file("messages_ko.properties"))).in("en");
    }

    private static RuleFile file(String name) throws IOException {
        return new RuleFile(name, Files.readString(RulesCopy.SEED.resolve(name)));
    }

    @Test
    void aCodeInOtherLettersOrANameInAnyLanguageIsTheCodeMeant() {
        assertThat(WrittenOtherwise.meant("exchange_online", WORKLOADS, english, "workload")).contains("EXCHANGE_ONLINE");
        assertThat(WrittenOtherwise.meant("Office 365 ProPlus", WORKLOADS, english, "workload")).contains("OFFICE_365_PROPLUS");
        assertThat(WrittenOtherwise.meant("비즈니스용 Skype", WORKLOADS, english, "workload")).contains("SKYPE_FOR_BUSINESS");
    }

    private static final List<String> ASSOCIATIONS = List.of("DELEGATED_ADMIN", "PARTNER_OF_RECORD", "DIGITAL_PARTNER_OF_RECORD");
    private static final List<String> EXAMS = List.of("70-346", "70-347");

    @Test
    void aCodeOrNameAmongMoreWordsAPartOfOneOrItsInitialsIsTheCodeMeantWhenOnlyOneMatches() {
        assertThat(WrittenOtherwise.meant("Skype", WORKLOADS, english, "workload")).contains("SKYPE_FOR_BUSINESS");
        assertThat(WrittenOtherwise.meant("ProPlus", WORKLOADS, english, "workload")).contains("OFFICE_365_PROPLUS");
        assertThat(WrittenOtherwise.meant("Skype for Business Online", WORKLOADS, english, "workload")).contains("SKYPE_FOR_BUSINESS");
        assertThat(WrittenOtherwise.meant("SfB", WORKLOADS, english, "workload")).contains("SKYPE_FOR_BUSINESS");
        assertThat(WrittenOtherwise.meant("Delegated administrator", ASSOCIATIONS, english, "association")).contains("DELEGATED_ADMIN");
        assertThat(WrittenOtherwise.meant("DPOR", ASSOCIATIONS, english, "association")).contains("DIGITAL_PARTNER_OF_RECORD");
        assertThat(WrittenOtherwise.meant("POR", ASSOCIATIONS, english, "association")).contains("PARTNER_OF_RECORD");
        assertThat(WrittenOtherwise.meant("Exam 70-346", EXAMS, english, "credential")).contains("70-346");
    }

    @Test
    void wordsShortOrSharedOrOfAnotherProductMeanNothing() {
        assertThat(WrittenOtherwise.meant("Online", WORKLOADS, english, "workload")).isEmpty();
        assertThat(WrittenOtherwise.meant("365", WORKLOADS, english, "workload")).isEmpty();
        assertThat(WrittenOtherwise.meant("OneDrive for Business", WORKLOADS, english, "workload")).isEmpty();
        assertThat(WrittenOtherwise.meant("Office 365 E3", WORKLOADS, english, "workload")).isEmpty();
        assertThat(WrittenOtherwise.meant("Partner", ASSOCIATIONS, english, "association")).isEmpty();
        assertThat(WrittenOtherwise.meant("Exam 70", EXAMS, english, "credential")).isEmpty();
        assertThat(WrittenOtherwise.meant("70-346 and 70-347", EXAMS, english, "credential")).isEmpty();
    }

    @Test
    void nothingIsMeantByACodeAsWrittenByAnotherNameOrByWhatMatchesTwoCodes() {
        assertThat(WrittenOtherwise.meant("EXCHANGE_ONLINE", WORKLOADS, english, "workload")).isEmpty();
        assertThat(WrittenOtherwise.meant("DYNAMICS_365", WORKLOADS, english, "workload")).isEmpty();
        assertThat(WrittenOtherwise.meant("--", WORKLOADS, english, "workload")).isEmpty();
        assertThat(WrittenOtherwise.meant("exchange online", List.of("EXCHANGE_ONLINE", "EXCHANGE-ONLINE"), english, "workload")).isEmpty();
    }
}
