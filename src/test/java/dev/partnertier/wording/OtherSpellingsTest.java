package dev.partnertier.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partnertier.engine.RuleFile;
import dev.partnertier.engine.RuleProblem;
import dev.partnertier.engine.RulesCompilationException;
import dev.partnertier.testing.RulesCopy;

/** A code's other spellings ({@code workload.<code>.also}): read as a list in any one language, and checked at their line. */
class OtherSpellingsTest {

    private static Wording withEnglish(String lines) throws IOException {
        return with(lines, seed("messages_ko.properties"));
    }

    private static Wording with(String englishLines, String korean) throws IOException {
        return Wording.of(List.of(new RuleFile("messages_en.properties", seed("messages_en.properties") + "\n" + englishLines),
                new RuleFile("messages_ko.properties", korean)));
    }

    private static String seed(String name) throws IOException {
        return Files.readString(RulesCopy.SEED.resolve(name));
    }

    private static List<RuleProblem> problems(String lines) throws IOException {
        return problems(lines, seed("messages_ko.properties"));
    }

    private static List<RuleProblem> problems(String englishLines, String korean) {
        RulesCompilationException refused = catchThrowableOfType(RulesCompilationException.class, () -> with(englishLines, korean));
        assertThat(refused).as("refused: " + englishLines).isNotNull();
        return refused.errors();
    }

    private static int lastLine() throws IOException {
        return (int) (seed("messages_en.properties") + "\n").lines().count() + 1;
    }

    @Test
    void spellingsAreACommaListInOneLanguageKeptAsWritten() throws IOException {
        Sentences korean = withEnglish("workload.YAMMER.also=Yam, , S{4}B , Y'all\n").in("ko");

        assertThat(korean.names("workload", "YAMMER")).containsExactly("Yammer", "Yam", "S{4}B", "Y'all");
    }

    @Test
    void aSpellingAnotherCodeHasIsRefusedAtItsLine() throws IOException {
        assertThat(problems("workload.YAMMER.also=Yam, exchange online\n")).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("messages_en.properties");
            assertThat(p.line()).isEqualTo(lastLine());
            assertThat(p.message()).isEqualTo("'workload.YAMMER.also' lists \"exchange online\", which is also how the wording writes "
                    + "workload EXCHANGE_ONLINE: an answer could name neither");
        });
        assertThat(problems("workload.YAMMER.also=Yam\nworkload.SHAREPOINT_ONLINE.also=YAM\n")).hasSize(2);
    }

    @Test
    void aNameAnotherCodeHasIsRefusedAtItsLine() throws IOException {
        String korean = seed("messages_ko.properties").replace("workload.YAMMER=Yammer", "workload.YAMMER=Exchange Online");
        assertThat(problems("", korean)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("messages_ko.properties");
            assertThat(p.line()).isEqualTo((int) korean.substring(0, korean.indexOf("workload.YAMMER=")).lines().count() + 1);
            assertThat(p.message()).isEqualTo("'workload.YAMMER' is \"Exchange Online\", which is also how the wording writes "
                    + "workload EXCHANGE_ONLINE: an answer could name neither");
        });
    }

    /** A key refused as mistyped is no code's name: its spellings are said once, where it is. */
    @Test
    void aMistypedKeyIsNotReadAsAnotherCodesName() throws IOException {
        String korean = seed("messages_ko.properties") + "\nworkload.YAMMER.als=Yam\n";
        assertThat(problems("workload.YAMMER.also=Yam\n", korean)).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("'workload.YAMMER.als' is not a key of the wording"));
    }

    /** A name with no letters or digits matches nothing, so two of them share nothing. */
    @Test
    void namesWithoutLettersAreNoSharedSpelling() throws IOException {
        String korean = seed("messages_ko.properties").replace("workload.YAMMER=Yammer", "workload.YAMMER=-")
                .replace("workload.SHAREPOINT_ONLINE=SharePoint Online", "workload.SHAREPOINT_ONLINE=");
        assertThat(with("workload.YAMMER.also=--\n", korean).languages()).contains("ko");
    }

    /** A name under a mistyped code is said as a key only one file has, not as a name another code has too. */
    @Test
    void aNameUnderAMistypedCodeIsSaidOnce() throws IOException {
        String korean = seed("messages_ko.properties").replace("workload.YAMMER=Yammer", "workload.YAMMR=Yammer");
        assertThat(problems("", korean)).extracting(RuleProblem::message).noneMatch(m -> m.contains("which is also how"));
    }

    /** Java reads a key given twice by its last line: that is the line its name is said at (the first is refused as repeated). */
    @Test
    void aKeyGivenTwiceIsSaidAtItsLastLine() throws IOException {
        assertThat(problems("workload.YAMMER=Exchange Online\n")).extracting(p -> p.hint().key(), RuleProblem::line)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("wording.also.shared", lastLine()),
                        org.assertj.core.groups.Tuple.tuple("wording.repeated", seed("messages_en.properties").lines().toList()
                                .indexOf("workload.YAMMER=Yammer") + 1));
    }

    @Test
    void spellingsUnderNoWorkloadOrAssociationAreRefused() throws IOException {
        assertThat(problems("level.GOLD.also=Au\n")).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lastLine());
            assertThat(p.message()).startsWith("'level.GOLD.also' lists other spellings, which only a workload's or an association's code has");
        });
        assertThat(problems("workload..also=Au\n")).singleElement().satisfies(p -> assertThat(p.message()).startsWith("'workload..also' lists"));
    }

    @Test
    void aMistypedAlsoNamesTheKeyMeant() throws IOException {
        assertThat(problems("workload.YAMMER.alsoo=Yam\n")).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lastLine());
            assertThat(p.hint().text()).startsWith("workload.YAMMER.alsoo is no key of the wording. Did you mean workload.YAMMER.also?");
        });
    }
    @Test
    void aCodeTheRulesCountIsTakenForTheWordingsCodeItSpellsOtherwise() throws IOException {
        Wording wording = withEnglish("workload.SKYPE_FOR_BUSINESS.also=Skype, SfB");
        Sentences english = wording.in("en");
        english.askName("workload", "yammer");                  // the code, in other letters
        english.askName("workload", "Skype");                   // one of a code's other spellings
        english.askName("workload", "Exchange Online");         // a code's name
        english.askName("association", "Delegated-Admin");
        english.askName("workload", "YAMMER");                  // the code as the wording writes it
        english.askName("workload", "SHAREPOINT_ONLNE");        // a letter from a code the wording names
        english.askName("workload", "TEAMS");                   // a new code, named nowhere: named by itself
        english.askName("association", "yammer");               // a workload's code is no association's
        english.askName("workload", "Microsoft Teams");         // a new one, not written as a code
        assertThat(wording.namedOtherwise()).containsExactly(
                java.util.Map.entry("association.Delegated-Admin", "DELEGATED_ADMIN"),
                java.util.Map.entry("workload.Exchange Online", "EXCHANGE_ONLINE"),
                java.util.Map.entry("workload.SHAREPOINT_ONLNE", "SHAREPOINT_ONLINE"),
                java.util.Map.entry("workload.Skype", "SKYPE_FOR_BUSINESS"),
                java.util.Map.entry("workload.yammer", "YAMMER"));
        assertThat(wording.notWrittenAsCodes()).containsOnly(
                java.util.Map.entry("association.yammer", "YAMMER"),
                java.util.Map.entry("workload.Microsoft Teams", "MICROSOFT_TEAMS"));
    }
}
