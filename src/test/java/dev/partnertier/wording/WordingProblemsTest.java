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

/** Mistakes in the wording files are listed as an analyst reads the files: by file, then line. */
class WordingProblemsTest {

    /** The seed wording with the Korean file edited: both files, in the order a rules folder lists them. */
    private static List<RuleFile> withKorean(java.util.function.UnaryOperator<String> edit) throws IOException {
        return List.of(new RuleFile("messages_en.properties", Files.readString(RulesCopy.SEED.resolve("messages_en.properties"))),
                new RuleFile("messages_ko.properties", edit.apply(Files.readString(RulesCopy.SEED.resolve("messages_ko.properties")))));
    }

    private static List<RuleProblem> problems(List<RuleFile> files) {
        return catchThrowableOfType(RulesCompilationException.class, () -> Wording.of(files)).errors();
    }

    @Test
    void problemsAreListedInTheOrderOfTheirLines() throws IOException {
        String english = Files.readString(RulesCopy.SEED.resolve("messages_en.properties"));
        String korean = Files.readString(RulesCopy.SEED.resolve("messages_ko.properties")).replace("{tenant}", "{tenat}");
        RulesCompilationException e = catchThrowableOfType(RulesCompilationException.class, () -> Wording.of(List.of(
                new RuleFile("messages_en.properties", english), new RuleFile("messages_ko.properties", korean))));
        List<Integer> lines = e.errors().stream().map(RuleProblem::line).toList();
        assertThat(lines).as("one problem for each sentence with {tenat}").hasSizeGreaterThanOrEqualTo(4).isSorted();
        assertThat(e.errors()).extracting(RuleProblem::file).containsOnly("messages_ko.properties");
    }

    @Test
    void aMistypedKeyNamesTheKeyItMostLikelyIs() throws IOException {
        assertThat(problems(withKorean(korean -> korean.replace("\ngap.close=", "\ngap.clsoe=")))).anySatisfy(problem -> {
            assertThat(problem.message()).startsWith("'gap.clsoe' is not a key of the wording");
            assertThat(problem.hint().text()).isEqualTo("gap.clsoe is no key of the wording. Did you mean gap.close? Correct the key, "
                    + "and keep the sentence.");
        });
    }

    @Test
    void aParticleWrittenInOneFormAfterANameIsRefusedWithTheFormThatSettles() throws IOException {
        assertThat(problems(withKorean(korean -> korean.replace("워크로드 {workload}은(는) 평가판이므로", "워크로드 {workload}은 평가판이므로"))))
                .singleElement().satisfies(problem -> {
            assertThat(problem.message()).isEqualTo("'exclusion.TRIAL': {workload}은 reads 은 whatever the name is, right for some "
                    + "names and wrong for the others");
            assertThat(problem.hint().text()).startsWith("Write both forms, {workload}은(는) instead of {workload}은");
        });
    }

    @Test
    void aKeyGivenTwiceIsRefusedAtTheLineThatIsNeverRead() throws IOException {
        String english = Files.readString(RulesCopy.SEED.resolve("messages_en.properties"));
        int first = lineOf(english, "verdict.SILVER=");
        String edited = english.replace("\nverdict.SILVER=", "\nverdict.SILVER=Tier SILVER: you are Silver now.\n#\nverdict.SILVER=")
                + "verdict.SILVER=Tier SILVER: as before.\n";
        int last = (int) edited.lines().count();
        List<RuleProblem> problems = problems(List.of(new RuleFile("messages_en.properties", edited),
                new RuleFile("messages_ko.properties", Files.readString(RulesCopy.SEED.resolve("messages_ko.properties")))));
        assertThat(problems).extracting(RuleProblem::file, RuleProblem::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("messages_en.properties", first),
                org.assertj.core.groups.Tuple.tuple("messages_en.properties", first + 2));
        assertThat(problems.get(0).message()).isEqualTo("'verdict.SILVER' is given again at line " + last
                + ", and only that line is read: the answers would never use this one");
        assertThat(problems.get(0).hint().text()).startsWith("Keep one verdict.SILVER: delete this line if line " + last);
    }

    @Test
    void aWordingFileSavedEmptyIsOneProblemNotOneForEachKey() throws IOException {
        assertThat(problems(withKorean(korean -> "# 한국어\n"))).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("messages_ko.properties");
            assertThat(problem.message()).isEqualTo("has no sentences at all, and every language needs every sentence");
            assertThat(problem.hint().text()).startsWith("messages_ko.properties is empty: put its sentences back");
        });
        List<RuleFile> emptyEnglish = List.of(new RuleFile("messages_en.properties", ""),
                new RuleFile("messages_ko.properties", Files.readString(RulesCopy.SEED.resolve("messages_ko.properties"))));
        assertThat(problems(emptyEnglish)).singleElement().satisfies(problem -> assertThat(problem.file()).isEqualTo("messages_en.properties"));
    }

    @Test
    void aKeyEveryLanguageNeedsMistypedIsSaidAtItsLineAsTheKeyMeant() throws IOException {
        String english = Files.readString(RulesCopy.SEED.resolve("messages_en.properties"));
        String korean = Files.readString(RulesCopy.SEED.resolve("messages_ko.properties"));
        List<RuleProblem> inEnglish = problems(List.of(new RuleFile("messages_en.properties", english.replace("\nverdict.SILVER=", "\nverdict.SILVR=")),
                new RuleFile("messages_ko.properties", korean)));
        assertThat(inEnglish).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("messages_en.properties");
            assertThat(problem.line()).isEqualTo(lineOf(english, "verdict.SILVER="));
            assertThat(problem.hint().text()).isEqualTo("verdict.SILVR is no key of the wording. Did you mean verdict.SILVER? Correct "
                    + "the key, and keep the sentence.");
        });
        assertThat(problems(withKorean(k -> k.replace("\nverdict.SILVER=", "\nverdict.SILVR=")))).singleElement()
                .satisfies(problem -> assertThat(problem.file()).isEqualTo("messages_ko.properties"));
    }

    @Test
    void aCommentAfterASentenceIsRefusedSinceItWouldBeShown() throws IOException {
        assertThat(problems(withKorean(k -> k.replaceFirst("(\nverdict.GOLD=[^\n]*)", "$1  # 2024년 수정")))).singleElement()
                .satisfies(problem -> {
                    assertThat(problem.message()).isEqualTo("'verdict.GOLD' ends with \"# 2024년 수정\", which is part of the sentence: a "
                            + "wording file starts a comment only at the start of a line");
                    assertThat(problem.hint().key()).isEqualTo("wording.comment");
                });
    }

    @Test
    void aKoreanNameWhoseBraceIsLeftOutSaysSoInsteadOfQutesParserError() throws IOException {
        assertThat(problems(withKorean(k -> k.replace("고객 {tenant}은(는) 집계에서", "고객 {tenant은(는) 집계에서")))).isNotEmpty()
                .allSatisfy(problem -> {
                    assertThat(problem.file()).isEqualTo("messages_ko.properties");
                    assertThat(problem.hint().text()).isEqualTo("A name in braces ends with a closing brace: \"tenant은(는) 집계에서\" is "
                            + "not a name, so the closing brace is most likely missing right after the name.");
                });
    }

    private static int lineOf(String text, String start) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start + " is in no line");
    }

    @Test
    void aNameFollowedByMoreOfAWordOrByBothFormsIsNoFixedParticle() throws IOException {
        assertThat(Wording.of(withKorean(korean -> korean.replace("워크로드 {workload}은(는) 평가판이므로", "워크로드 {workload}이상 평가판이므로")))
                .languages()).contains("ko");
    }
}
