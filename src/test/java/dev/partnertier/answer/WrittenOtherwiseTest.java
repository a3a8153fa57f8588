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
    private static final List<String> CREDENTIALS = List.of("70-346", "70-347", "MCSA_OFFICE_365");

    /** The seed's wording with other spellings of two codes, one of them in Korean only. */
    private static Sentences withOtherSpellings() throws IOException {
        RuleFile en = file("messages_en.properties");
        RuleFile ko = file("messages_ko.properties");
        return Wording.of(List.of(new RuleFile(en.path(), en.content() + "\nworkload.SKYPE_FOR_BUSINESS.also=Skype, SfB\n"),
                new RuleFile(ko.path(), ko.content() + "\nassociation.DIGITAL_PARTNER_OF_RECORD.also=DPOR\n"))).in("en");
    }

    @Test
    void anOtherSpellingTheWordingListsInAnyLanguageIsTheCodeMeant() throws IOException {
        Sentences words = withOtherSpellings();
        assertThat(WrittenOtherwise.meant("skype", WORKLOADS, words, "workload")).contains("SKYPE_FOR_BUSINESS");
        assertThat(WrittenOtherwise.meant("S.f.B.", WORKLOADS, words, "workload")).contains("SKYPE_FOR_BUSINESS");
        assertThat(WrittenOtherwise.meant("dpor", ASSOCIATIONS, words, "association")).contains("DIGITAL_PARTNER_OF_RECORD");
        assertThat(WrittenOtherwise.meant("Skype", WORKLOADS, english, "workload")).isEmpty();
    }

    @Test
    void anExamsNumberAmongWordsWithNoOtherDigitsIsTheCodeMeant() {
        assertThat(WrittenOtherwise.meant("Exam 70-346", CREDENTIALS, english, WrittenOtherwise.CREDENTIAL)).contains("70-346");
        assertThat(WrittenOtherwise.meant("70-347 (passed)", CREDENTIALS, english, WrittenOtherwise.CREDENTIAL)).contains("70-347");
    }

    /** A part of a name, or a name among more words, is as often another product: nothing is guessed from it. */
    @Test
    void aPartOfANameOrANameAmongMoreWordsMeansNothing() throws IOException {
        Sentences words = withOtherSpellings();
        for (String other : List.of("Office", "Office 365", "Business", "Online", "Exchange Online Protection", "Yammer Trial",
                "Skype for Business Server", "OneDrive for Business", "Office 365 E3")) {
            assertThat(WrittenOtherwise.meant(other, WORKLOADS, words, "workload")).as(other).isEmpty();
        }
        for (String other : List.of("Office", "Admin", "Partner", "Partner of Record (Digital)", "Reseller")) {
            assertThat(WrittenOtherwise.meant(other, ASSOCIATIONS, words, "association")).as(other).isEmpty();
        }
        for (String other : List.of("MCSA", "Office 365", "70-346 and 70-347", "Exam 70", "MCSA: Windows Server 2016",
                "MCSA: Office 365 certification", "MCSA Office 365 Expert")) {
            assertThat(WrittenOtherwise.meant(other, CREDENTIALS, english, WrittenOtherwise.CREDENTIAL)).as(other).isEmpty();
        }
    }

    @Test
    void nothingIsMeantByACodeAsWrittenByAnotherNameOrByWhatMatchesTwoCodes() {
        assertThat(WrittenOtherwise.meant("EXCHANGE_ONLINE", WORKLOADS, english, "workload")).isEmpty();
        assertThat(WrittenOtherwise.meant("DYNAMICS_365", WORKLOADS, english, "workload")).isEmpty();
        assertThat(WrittenOtherwise.meant("--", WORKLOADS, english, "workload")).isEmpty();
        assertThat(WrittenOtherwise.meant("exchange online", List.of("EXCHANGE_ONLINE", "EXCHANGE-ONLINE"), english, "workload")).isEmpty();
    }
}
