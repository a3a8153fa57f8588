package dev.partnertier.activation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import dev.partnertier.engine.CompileGate;
import dev.partnertier.engine.RuleFile;
import dev.partnertier.engine.RuleProblem;
import dev.partnertier.engine.RulesCompilationException;
import dev.partnertier.model.PartnerFacts;
import dev.partnertier.model.Tier;
import dev.partnertier.observability.RulesMetrics;
import dev.partnertier.testing.Partners;
import dev.partnertier.testing.RecursingRule;
import dev.partnertier.testing.RulesCopy;
import dev.partnertier.testing.SecondTotalRule;
import dev.partnertier.testing.ThrowingRule;

/** Reloads swap the whole rules (DRL and wording) or nothing; the last good rules keep answering through failures. */
class RulesReloadTest {

    private static final String MATURE_SILVER = "Silver performance threshold in a mature market";
    private static final PartnerFacts AT_2200 = Partners.mature().associatedCustomer("t", "EXCHANGE_ONLINE", 2200).byExams("a").build();

    @TempDir
    Path dir;
    private ActiveRules active;
    private RulesReload reload;

    static ActiveRules start(Path dir) {
        return start(new TestConfig(dir));
    }

    static ActiveRules start(TestConfig config) {
        RulesMetrics metrics = new RulesMetrics(new SimpleMeterRegistry());
        ActiveRules active = new ActiveRules(config, new RulesLoader(new CompileGate()), metrics);
        active.onStart(null);
        return active;
    }

    @BeforeEach
    void start() throws IOException {
        RulesCopy.copy(dir);
        active = start(dir);
        reload = new RulesReload(active, new RulesMetrics(new SimpleMeterRegistry()));
    }

    private Tier tier() {
        return active.get().rules().evaluate(AT_2200).verdict().tier();
    }

    @Test
    void anEditGoesLiveOnReload() throws IOException {
        String before = active.get().version();
        assertThat(tier()).isEqualTo(Tier.SILVER);

        RulesCopy.setThreshold(dir, MATURE_SILVER, "2500");

        assertThat(reload.reload()).isTrue();
        assertThat(active.get().version()).isNotEqualTo(before);
        assertThat(tier()).isEqualTo(Tier.NONE);
        assertThat(active.lastFailure()).isEmpty();
    }

    @Test
    void anEditGoesLiveWithItsScenariosStandingAndAScenarioEditAloneIsRunAgain() throws IOException {
        assertThat(active.version().scenarios().failed()).isZero();

        RulesCopy.setThreshold(dir, MATURE_SILVER, "2500"); // before its scenarios: they now fail, and it goes live
        assertThat(reload.reload()).isTrue();
        ScenarioStanding after = active.version().scenarios();
        assertThat(after.failed()).isPositive();
        assertThat(after.failing()).allSatisfy(s -> assertThat(s.passed()).isFalse());

        String version = active.get().version();
        Path scenario = dir.resolve("scenarios").resolve(after.failing().get(0).file());
        Files.delete(scenario); // the analyst retires a failing scenario: the rules are the same
        assertThat(reload.reload()).isFalse();
        assertThat(active.get().version()).isEqualTo(version);
        assertThat(active.version().scenarios().failing()).extracting(r -> r.file()).doesNotContain(scenario.getFileName().toString());
        assertThat(active.version().scenarios().fingerprint()).isNotEqualTo(after.fingerprint());
    }

    @Test
    void withPassingScenariosRequiredAnEditTheScenariosRefuseWaitsForThemAndIsTriedAgainWhenTheyChange() throws IOException {
        active = start(new TestConfig(dir, null, true));
        reload = new RulesReload(active, new RulesMetrics(new SimpleMeterRegistry()));
        String before = active.get().version();

        RulesCopy.setThreshold(dir, MATURE_SILVER, "2500");
        assertThat(reload.reload()).isFalse();
        assertThat(active.get().version()).isEqualTo(before);
        ReloadFailure refused = active.lastFailure().orElseThrow();
        assertThat(refused.errors()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.file()).startsWith("scenarios/");
            assertThat(e.message()).contains("fails on these rules (rules.reload.require-passing-scenarios)");
        });
        assertThat(refused.errors()).anySatisfy(e -> assertThat(e.message()).contains("expected 2000, got 2500"));

        assertThat(reload.reload()).isFalse(); // the same edit, the same scenarios: not tried (nor logged) again
        assertThat(active.lastFailure().orElseThrow().at()).isEqualTo(refused.at());

        // The analyst brings the scenarios along: the edit is tried again, and goes live
        for (String file : refused.errors().stream().map(e -> e.file().substring("scenarios/".length())).distinct().toList()) {
            Files.delete(dir.resolve("scenarios").resolve(file));
        }
        assertThat(reload.reload()).isTrue();
        assertThat(tier()).isEqualTo(Tier.NONE);
        assertThat(active.version().scenarios().failed()).isZero();
        assertThat(active.lastFailure()).isEmpty();
    }

    @Test
    void whileAnEditStaysRefusedTheActiveRulesStandingFollowsTheScenariosOnDisk() throws IOException {
        active = start(new TestConfig(dir, null, true));
        reload = new RulesReload(active, new RulesMetrics(new SimpleMeterRegistry()));
        RulesCopy.setThreshold(dir, MATURE_SILVER, "2500");
        assertThat(reload.reload()).isFalse();

        // A scenario arrives that fails on the active rules too: the edit stays refused, the active rules' standing says so
        Files.writeString(dir.resolve("scenarios").resolve("zz-expects-gold.json"), """
                {"name": "Expects Gold of a partner without customers", "request": {"partnerId": "p", "market": "MATURE"},
                 "expect": {"tier": "GOLD"}}
                """);
        assertThat(reload.reload()).isFalse();
        assertThat(active.version().scenarios().failing()).extracting(r -> r.name()).contains("Expects Gold of a partner without customers");
        assertThat(active.scenariosChanged()).isFalse(); // so the periodic look does not schedule reloads for ever
        assertThat(reload.reload()).isFalse();
    }

    @Test
    void scenariosFromAnotherFolderWarmUpAndCheckTheRulesAsTheFoldersOwnWould(@TempDir Path elsewhere) throws IOException {
        Path scenarios = elsewhere.resolve("scenarios");
        Files.createDirectories(scenarios);
        try (var files = Files.list(dir.resolve("scenarios"))) {
            for (Path file : files.toList()) {
                Files.move(file, scenarios.resolve(file.getFileName())); // as a second ConfigMap: none beside the rules
            }
        }
        active = start(new TestConfig(dir, scenarios, false));
        reload = new RulesReload(active, new RulesMetrics(new SimpleMeterRegistry()));
        assertThat(active.scenariosDir()).isEqualTo(scenarios.toAbsolutePath().normalize());
        assertThat(active.version().scenarios().folderFound()).isTrue();
        assertThat(active.version().scenarios().passed()).isPositive();

        RulesCopy.setThreshold(dir, MATURE_SILVER, "2500");
        assertThat(reload.reload()).isTrue();
        assertThat(active.version().scenarios().failing()).isNotEmpty();
    }

    @Test
    void aRuleThatRecursesWithoutEndOnAWarmUpPartnerIsARefusedEditNotALostOne() throws IOException {
        String before = active.get().version();
        Files.writeString(dir.resolve(RecursingRule.FILE), RecursingRule.DRL);

        assertThat(reload.reload()).isFalse();
        assertThat(active.get().version()).isEqualTo(before);
        assertThat(active.lastFailure().orElseThrow().errors().get(0).message())
                .contains("called itself without end (the stack overflowed)", "this edit added recursion.drl")
                .doesNotContain("StackOverflowError"); // answers never name Java classes
    }

    @Test
    void aCountedCodeRetypedInOtherLettersThanTheWordingsIsRefusedAtItsLineAndANewCodeIsNot() throws IOException {
        // "yammer" would make a partner's YAMMER count as zero, and its answer tell the portal to send yammer.
        String before = active.get().version();
        RulesCopy.replace(dir.resolve("workloads.drl"), "\"YAMMER\"", "\"yammer\"");

        assertThat(reload.reload()).isFalse();

        assertThat(active.get().version()).isEqualTo(before);
        assertThat(active.lastFailure().orElseThrow().errors()).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("workloads.drl");
            assertThat(Files.readAllLines(dir.resolve("workloads.drl")).get(e.line() - 1)).contains("\"yammer\"");
            assertThat(Files.readAllLines(dir.resolve("workloads.drl")).get(e.line() - 1).indexOf("\"yammer\"")).isEqualTo(e.column() - 1);
            assertThat(e.message()).isEqualTo("the rules count the workload yammer, which no wording file names: the wording names "
                    + "YAMMER (workload.YAMMER), most likely the code meant");
            assertThat(e.hint().key()).isEqualTo("code.named-otherwise");
        });

        // a workload the wording names nowhere, in no letters, is a new code: it goes live, named by its code
        RulesCopy.replace(dir.resolve("workloads.drl"), "\"yammer\"", "\"YAMMER\", \"TEAMS\"");
        assertThat(reload.reload()).isTrue();
        assertThat(active.get().version()).isNotEqualTo(before);
    }

    @Test
    void aRouteAddedBeforeItsSentencesIsRefusedThenGoesLiveWithThem() throws IOException {
        // An answer would say "[qualification.TEAMS_EXAM]": refused as a sentence one language lacks is.
        String before = active.get().version();
        RulesCopy.replace(dir.resolve("individuals.drl"), """
                    insertLogical( QualifyingRoute.exams( "EXAMS", "70-346", "70-347" ) );
                """, """
                    insertLogical( QualifyingRoute.exams( "EXAMS", "70-346", "70-347" ) );
                    insertLogical( QualifyingRoute.exams( "TEAMS_EXAM", "MS-700" ) );
                """);

        assertThat(reload.reload()).isFalse();

        assertThat(active.get().version()).isEqualTo(before);
        assertThat(active.lastFailure().orElseThrow().errors()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.file()).isEqualTo("messages_en.properties");
            assertThat(e.message()).containsPattern("'(missing|qualification)\\.TEAMS_EXAM' is in no wording file, and the rules "
                    + "ask for it \\(for the partner of scenario \".+\" \\(scenarios/.+\\.json\\)\\): the answers would show \\[");
            assertThat(e.hint().key()).isEqualTo("wording.unwritten");
        });
        // both of the route's sentences, though no scenario's partner has anyone who qualifies by it
        assertThat(active.lastFailure().orElseThrow().errors()).extracting(e -> e.hint().args().get(0))
                .containsExactlyInAnyOrder("missing.TEAMS_EXAM", "qualification.TEAMS_EXAM");

        for (String language : List.of("en", "ko")) {
            Path file = dir.resolve("messages_" + language + ".properties");
            Files.writeString(file, Files.readString(file) + "\nmissing.TEAMS_EXAM=exam MS-700\n");
        }
        assertThat(reload.reload()).isFalse();
        assertThat(active.lastFailure().orElseThrow().errors()).extracting(e -> e.hint().args().get(0))
                .containsExactly("qualification.TEAMS_EXAM");

        for (String language : List.of("en", "ko")) {
            Path file = dir.resolve("messages_" + language + ".properties");
            Files.writeString(file, Files.readString(file) + "qualification.TEAMS_EXAM={person} passed MS-700.\n");
        }
        assertThat(reload.reload()).isTrue();
        assertThat(active.get().wording().unwritten()).isEmpty();
    }

    @Test
    void aWordingFileDeletedIsRefusedAndItsLanguageStillAnswered() throws IOException {
        String before = active.get().version();
        Files.delete(dir.resolve("messages_ko.properties"));

        assertThat(reload.reload()).isFalse();

        assertThat(active.get().version()).isEqualTo(before);
        assertThat(active.get().wording().languages()).contains("ko");
        assertThat(active.lastFailure().orElseThrow().errors()).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("messages_ko.properties");
            assertThat(e.message()).isEqualTo("messages_ko.properties is gone: the active rules answer in ko, and without this "
                    + "file those answers would quietly be in English");
            assertThat(e.hint().key()).isEqualTo("wording.language-gone");
        });
    }

    @Test
    void anEditOfTheWordingGoesLiveAndChangesTheVersion() throws IOException {
        String before = active.get().version();
        RulesCopy.replace(dir.resolve("messages_en.properties"), "verdict.NONE=Tier NONE:", "verdict.NONE=No tier:");

        assertThat(reload.reload()).isTrue();

        assertThat(active.get().version()).isNotEqualTo(before);
        LoadedRules rules = active.get();
        var evaluation = rules.rules().evaluate(Partners.mature().build());
        assertThat(dev.partnertier.answer.Answers.of(Partners.mature().build(), evaluation, rules.wording().in("en")).explanation().get(0))
                .startsWith("No tier:");
    }

    @Test
    void anUnchangedFolderIsNotReloaded() {
        LoadedRules before = active.get();

        assertThat(reload.reload()).isFalse();
        assertThat(active.get()).isSameAs(before);
    }

    @Test
    void aBrokenEditKeepsTheLastGoodRulesAndIsReportedUntilFixed() throws IOException {
        LoadedRules good = active.get();
        Path file = RulesCopy.setThreshold(dir, MATURE_SILVER, "25 00");

        assertThat(reload.reload()).isFalse();

        assertThat(active.get()).isSameAs(good);
        assertThat(tier()).isEqualTo(Tier.SILVER);
        ReloadFailure failure = active.lastFailure().orElseThrow();
        assertThat(failure.errors()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("performance.drl");
            assertThat(p.line()).isPositive();
        });
        assertThat(failure.version()).isNotEqualTo(good.version());
        assertThat(file.getFileName()).hasToString("performance.drl");

        RulesCopy.setThreshold(dir, MATURE_SILVER, "2500");

        assertThat(reload.reload()).isTrue();
        assertThat(active.lastFailure()).isEmpty();
        assertThat(tier()).isEqualTo(Tier.NONE);
    }

    @Test
    void aBrokenSentenceIsReportedAtItsFileAndLineAndKeepsTheLastGoodRules() throws IOException {
        LoadedRules good = active.get();
        RulesCopy.replace(dir.resolve("messages_ko.properties"), "exclusion.TRIAL=고객 {tenant}", "exclusion.TRIAL=고객 {tenat}");

        assertThat(reload.reload()).isFalse();

        assertThat(active.get()).isSameAs(good);
        assertThat(active.lastFailure().orElseThrow().errors()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("messages_ko.properties");
            assertThat(p.line()).isEqualTo(lineOf(dir.resolve("messages_ko.properties"), "exclusion.TRIAL="));
            assertThat(p.message()).contains("{tenat}", "tenant");
            assertThat(p.hint().text()).startsWith("tenat is not a name of this sentence: did you mean tenant? "
                    + "A sentence may only use the names of its key, each in braces: ").contains("users");
            assertThat(p.hint().in(java.util.Locale.KOREAN).text()).startsWith("tenat은(는) 이 문장의 이름이 아닙니다. tenant을(를) 뜻하셨나요?");
        });

        // A name like none of the sentence's: the names it has
        RulesCopy.replace(dir.resolve("messages_ko.properties"), "exclusion.TRIAL=고객 {tenat}", "exclusion.TRIAL=고객 {partnerName}");
        assertThat(reload.reload()).isFalse();
        assertThat(active.lastFailure().orElseThrow().errors()).singleElement().satisfies(p -> {
            assertThat(p.hint().text()).startsWith("A sentence may only use the names of its key, each in braces: ").contains("tenant");
            assertThat(p.hint().in(java.util.Locale.KOREAN).text()).startsWith("문장에는 그 키의 이름만");
        });
    }

    @Test
    void aBraceLeftOpenThatQuteStillParsesIsRefusedAtItsLineNotLeftToFailWhenAnAnswerIsWritten() throws IOException {
        LoadedRules good = active.get();
        Path english = dir.resolve("messages_en.properties");
        RulesCopy.replace(english, "exclusion.NOT_ASSOCIATED=Customer {tenant}", "exclusion.NOT_ASSOCIATED=Customer {tenant");

        assertThat(reload.reload()).isFalse();

        assertThat(active.get()).isSameAs(good);
        assertThat(active.lastFailure().orElseThrow().errors()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("messages_en.properties");
            assertThat(p.line()).isEqualTo(lineOf(english, "exclusion.NOT_ASSOCIATED="));
            assertThat(p.message()).startsWith("'exclusion.NOT_ASSOCIATED' has {tenant does not count").contains("which a sentence cannot write");
            assertThat(p.hint().text()).contains("\"tenant does not\" is not a name")
                    .contains("the closing brace is most likely missing right after the name");
        });
    }

    @Test
    void aKeySpeltTwoWaysInTwoLanguagesIsSaidAtTheOtherFilesKeyWithBothSpellings() throws IOException {
        Path english = dir.resolve("messages_en.properties");
        RulesCopy.replace(english, "exclusion.TRIAL=", "exclusion.TRAIL=");
        int korean = lineOf(dir.resolve("messages_ko.properties"), "exclusion.TRIAL=");

        assertThat(reload.reload()).isFalse();

        assertThat(active.lastFailure().orElseThrow().errors()).hasSize(2).allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("messages_ko.properties");
            assertThat(p.line()).isEqualTo(korean);
        }).satisfiesExactlyInAnyOrder(p -> {
            assertThat(p.message()).startsWith("'exclusion.TRAIL' is missing: messages_en.properties has it (line "
                    + lineOf(english, "exclusion.TRAIL=") + ")");
            assertThat(p.hint().text()).startsWith("This file has exclusion.TRIAL, one or two letters from exclusion.TRAIL: if one "
                    + "of the two is mistyped (here or in messages_en.properties), correct it");
        }, p -> {
            assertThat(p.message()).startsWith("'exclusion.TRIAL' is only in this file: messages_en.properties lacks it");
            assertThat(p.hint().text()).startsWith("messages_en.properties has exclusion.TRAIL instead");
        });
    }

    @Test
    void anyOtherFailureWhileLoadingIsRecordedAsTheReloadErrorAndTheLastGoodRulesKeepServing() throws IOException {
        AtomicBoolean fail = new AtomicBoolean();
        RulesLoader failing = new RulesLoader(new CompileGate()) {
            @Override
            public LoadedRules load(Path folder, Path scenarios, List<RuleFile> files) {
                if (fail.get()) {
                    throw new IllegalStateException("a library's defect on this input");
                }
                return super.load(folder, scenarios, files);
            }
        };
        ActiveRules rules = new ActiveRules(new TestConfig(dir), failing, new RulesMetrics(new SimpleMeterRegistry()));
        rules.onStart(null);
        LoadedRules good = rules.get();
        fail.set(true);
        RulesCopy.setThreshold(dir, MATURE_SILVER, "2500");

        assertThat(new RulesReload(rules, new RulesMetrics(new SimpleMeterRegistry())).reload()).isFalse();

        assertThat(rules.get()).isSameAs(good);
        assertThat(rules.lastFailure().orElseThrow().errors()).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("the rules could not be loaded: a library's defect on this input"));
    }

    @Test
    void aListWordAfterATextOrTwoAfterANameIsRefusedAtItsLine() throws IOException {
        Path english = dir.resolve("messages_en.properties");
        RulesCopy.replace(english, "exclusion.NOT_ASSOCIATED=Customer {tenant} does not count: the partner is not its {counting.or}",
                "exclusion.NOT_ASSOCIATED=Customer {tenant.and} does not count: the partner is not its {counting.or.plural('a','b')}");

        assertThat(reload.reload()).isFalse();

        assertThat(active.lastFailure().orElseThrow().errors()).extracting(RuleProblem::line, RuleProblem::message).containsExactly(
                tuple(lineOf(english, "exclusion.NOT_ASSOCIATED="), "'exclusion.NOT_ASSOCIATED' has {tenant.and}, which a sentence "
                        + "cannot write: after a number come only .plural('one','other'); after a list .plural, .and or .or; after a text nothing"),
                tuple(lineOf(english, "exclusion.NOT_ASSOCIATED="), "'exclusion.NOT_ASSOCIATED' has {counting.or.plural('a','b')}, which "
                        + "a sentence cannot write: after a number come only .plural('one','other'); after a list .plural, .and or .or; "
                        + "after a text nothing"));
    }

    @Test
    void theCodeMeantIsANameOfTheWrittenOtherwiseSentencesAlone() throws IOException {
        Path english = dir.resolve("messages_en.properties");
        RulesCopy.replace(english, "exclusion.TRIAL=Workload {workload}", "exclusion.TRIAL=Workload {meant}");

        assertThat(reload.reload()).isFalse();

        assertThat(active.lastFailure().orElseThrow().errors()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(english, "exclusion.TRIAL="));
            assertThat(p.message()).startsWith("'exclusion.TRIAL' uses {meant}, which this sentence does not have");
        });
    }

    @Test
    void aMistypedKeyInOneLanguageIsSaidOnceAsNotAKey() throws IOException {
        Path korean = dir.resolve("messages_ko.properties");
        Files.writeString(korean, Files.readString(korean) + "exclusoin.TRIAL=오타\n");

        assertThat(reload.reload()).isFalse();

        assertThat(active.lastFailure().orElseThrow().errors()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("messages_ko.properties");
            assertThat(p.message()).startsWith("'exclusoin.TRIAL' is not a key of the wording");
        });
    }

    /** A variant no answer would ever choose is refused at its line, not kept as a sentence that never shows. */
    @Test
    void aMistypedVariantOfAnExclusionIsRefusedWithTheVariantMeant() throws IOException {
        Path english = dir.resolve("messages_en.properties");
        Files.writeString(english, Files.readString(english) + "exclusion.NOT_ASSOCIATED.users-elsewher=Customer {tenant} does not count.\n");

        assertThat(reload.reload()).isFalse();

        assertThat(active.lastFailure().orElseThrow().errors()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("messages_en.properties");
            assertThat(p.line()).isEqualTo(lineOf(english, "exclusion.NOT_ASSOCIATED.users-elsewher="));
            assertThat(p.message()).startsWith("'exclusion.NOT_ASSOCIATED.users-elsewher' is no sentence of the wording");
            assertThat(p.hint().text()).startsWith(".users-elsewher is no variant the answers use: did you mean .users-elsewhere?");
            assertThat(p.hint().in(java.util.Locale.KOREAN).text()).contains(".users-elsewhere을(를) 뜻했나요?");
        });
    }

    @Test
    void aBraceLeftOpenInASentenceGetsAHintToCloseIt() throws IOException {
        RulesCopy.replace(dir.resolve("messages_ko.properties"), "exclusion.TRIAL=고객 {tenant}", "exclusion.TRIAL=고객 {tenant의");

        assertThat(reload.reload()).isFalse();

        assertThat(active.lastFailure().orElseThrow().errors()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("messages_ko.properties");
            assertThat(p.hint()).as(p.message()).isNotNull();
            assertThat(p.hint().text()).contains("the closing brace is most likely missing right after the name");
        });
    }

    @Test
    void aWordingFileSavedInAnotherEncodingIsReportedAndTheLastGoodRulesKeepAnswering() throws IOException {
        LoadedRules good = active.get();
        Path korean = dir.resolve("messages_ko.properties");
        Files.write(korean, Files.readString(korean).getBytes(java.nio.charset.Charset.forName("EUC-KR")));

        assertThat(reload.reload()).isFalse();

        assertThat(active.get()).isSameAs(good);
        assertThat(tier()).isEqualTo(Tier.SILVER);
        assertThat(active.lastFailure().orElseThrow().errors()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("messages_ko.properties");
            assertThat(p.line()).isPositive();
            assertThat(p.message()).startsWith("is not saved as UTF-8");
        });
    }

    @Test
    void aSentenceOneLanguageLacksIsRefusedInTheFileThatLacksIt() throws IOException {
        LoadedRules good = active.get();
        Path korean = dir.resolve("messages_ko.properties");
        String text = Files.readString(korean);
        String notEligible = text.lines().filter(l -> l.startsWith("exclusion.WORKLOAD_NOT_ELIGIBLE=")).findFirst().orElseThrow();
        Files.writeString(korean, text.replace(notEligible + "\n", "") + "exclusion.SPECIAL=특별한 이유로 계산하지 않습니다.\n");

        assertThat(reload.reload()).isFalse();

        assertThat(active.get()).isSameAs(good);
        assertThat(active.lastFailure().orElseThrow().errors()).filteredOn(p -> p.message().contains("SPECIAL")).singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(lineOf(korean, "exclusion.SPECIAL=")));
        assertThat(active.lastFailure().orElseThrow().errors()).extracting(RuleProblem::file, RuleProblem::message).containsExactlyInAnyOrder(
                tuple("messages_ko.properties", "'exclusion.SPECIAL' is only in this file: messages_en.properties lacks it, and every "
                        + "language needs every sentence (English is every other language's fallback)"),
                tuple("messages_ko.properties", "'exclusion.WORKLOAD_NOT_ELIGIBLE' is missing: messages_en.properties has it (line "
                        + lineOf(dir.resolve("messages_en.properties"), "exclusion.WORKLOAD_NOT_ELIGIBLE=") + "), and every language "
                        + "needs every sentence (else this language's answers show it in English)"));
    }

    private static int lineOf(Path file, String start) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start + " not in " + file);
    }

    @Test
    void undoingABrokenEditClearsTheError() throws IOException {
        Path file = dir.resolve("tier.drl");
        String original = Files.readString(file);
        Files.writeString(file, original + "\nrule \"Unfinished\" when then");
        reload.reload();
        assertThat(active.lastFailure()).isPresent();

        Files.writeString(file, original);

        assertThat(reload.reload()).isFalse();
        assertThat(active.lastFailure()).isEmpty();
    }

    @Test
    void rulesThatCompileButReachNoVerdictAreRefused() throws IOException {
        LoadedRules good = active.get();
        Files.delete(dir.resolve("tier.drl"));

        assertThat(reload.reload()).isFalse();

        assertThat(active.get()).isSameAs(good);
        assertThat(active.lastFailure().orElseThrow().errors()).singleElement()
                .satisfies(p -> {
                    assertThat(p.message()).contains("no verdict");
                    assertThat(p.hint().text()).startsWith("No rule stated this conclusion for this partner");
                });
    }

    @Test
    void rulesThatReachTwoVerdictsAreRefusedNamingBothRules() throws IOException {
        LoadedRules good = active.get();
        // Silver no longer requires that Gold is not met: a Gold scenario's partner gets two verdicts.
        RulesCopy.replace(dir.resolve("tier.drl"), """
                    LevelResult( level == Level.SILVER, met )
                    LevelResult( level == Level.GOLD, met == false )
                """, """
                    LevelResult( level == Level.SILVER, met )
                """);
        int gold = RulesCopy.lineOf(dir.resolve("tier.drl"), "rule \"The tier is Gold when Gold is met\"");
        int silver = RulesCopy.lineOf(dir.resolve("tier.drl"), "rule \"The tier is Silver when Silver is met and Gold is not\"");

        assertThat(reload.reload()).isFalse();

        assertThat(active.get()).isSameAs(good);
        assertThat(active.lastFailure().orElseThrow().errors()).singleElement()
                .satisfies(p -> {
                    // The scenario whose partner showed it: ./check-rules shows that scenario's expectations.
                    assertThat(p.message()).containsPattern("^the rules compile, but on the partner of scenario \"[^\"]+\" \\(scenarios/[^)]+\\.json\\): the rules reached 2 verdicts: ");
                    assertThat(p.message()).contains("2 verdicts", "\"The tier is Gold when Gold is met\" (tier.drl, line " + gold + ")",
                            "\"The tier is Silver when Silver is met and Gold is not\" (tier.drl, line ");
                    assertThat(p.file()).isEqualTo("tier.drl");
                    assertThat(p.line()).isEqualTo(silver); // the rule edited, though Gold's comes first
                    assertThat(gold).isLessThan(silver);
                    assertThat(p.hint().in(java.util.Locale.KOREAN).text()).startsWith("파트너의 등급은 하나인데");
                });
    }

    @Test
    void aFailureNamingOnlyRulesTheEditDidNotTouchSaysWhichFilesItChanged() throws IOException {
        LoadedRules good = active.get();
        // Inclusive on both sides: at exactly the threshold, performance is both met and not met.
        RulesCopy.replace(dir.resolve("performance.drl"), "ActiveEntitlements( total < $required )", "ActiveEntitlements( total <= $required )");

        assertThat(reload.reload()).isFalse();

        assertThat(active.get()).isSameAs(good);
        RuleProblem refused = active.lastFailure().orElseThrow().errors().get(0);
        assertThat(refused.message()).contains("2 verdicts", "(tier.drl, line ") // what failed, as the engine saw it
                .contains("(this edit changed performance.drl, not the rules named: look there first)");
        assertThat(refused.file()).isEqualTo("performance.drl"); // where the analyst's edit is, as a guess
        assertThat(refused.line()).isEqualTo(RulesCopy.lineOf(dir.resolve("performance.drl"), "total <= $required"));
        assertThat(refused.lineGuessed()).isTrue();
    }

    @Test
    void rulesWhoseConsequenceThrowsAreRefusedNamingTheRule() throws IOException {
        LoadedRules good = active.get();
        Files.writeString(dir.resolve(ThrowingRule.FILE), ThrowingRule.DRL);

        assertThat(reload.reload()).isFalse();

        assertThat(active.get()).isSameAs(good);
        assertThat(active.lastFailure().orElseThrow().errors()).singleElement()
                .satisfies(p -> {
                    assertThat(p.message()).contains("\"" + ThrowingRule.NAME + "\" (" + ThrowingRule.FILE + ", line " + ThrowingRule.LINE + ") failed", ThrowingRule.MESSAGE);
                    assertThat(p.file()).isEqualTo(ThrowingRule.FILE); // GET /rules shows where to look
                    assertThat(p.line()).isEqualTo(ThrowingRule.LINE);
                    assertThat(p.hint().text()).startsWith("The rule reads a text as a number"); // what to do about it
                });
    }

    @Test
    void rulesThatDoNotCompileAtStartUpStopTheStartWithFileAndLine() throws IOException {
        Path broken = dir.resolve("customers.drl");
        Files.writeString(broken, Files.readString(broken).replace("then", "thn"));

        assertThatThrownBy(() -> start(dir))
                .isInstanceOf(RulesCompilationException.class)
                .hasMessageContaining("customers.drl:");
    }

    @Test
    void aFolderWithoutScenariosIsWarmedUpWithAMadeUpPartner() throws IOException {
        RulesCopy.delete(dir.resolve("scenarios"));

        assertThat(start(dir).get().version()).isEqualTo(active.get().version());
    }

    @Test
    void aConflictPointsAtTheRuleInTheFileJustEdited() throws IOException {
        // A new rule states a second total: the seed sum comes first by file and line, the new rule is the mistake.
        Files.writeString(dir.resolve(SecondTotalRule.FILE), SecondTotalRule.DRL);

        assertThat(reload.reload()).isFalse();

        assertThat(active.lastFailure().orElseThrow().errors()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("the rules stated 2 ActiveEntitlements facts", "(entitlements.drl, line ");
            assertThat(p.file()).isEqualTo(SecondTotalRule.FILE);
            assertThat(p.line()).isEqualTo(SecondTotalRule.LINE);
        });
    }

    @Test
    void rulesThatFailOnTheMadeUpPartnerSaySo() throws IOException {
        RulesCopy.delete(dir.resolve("scenarios"));
        Files.delete(dir.resolve("tier.drl"));

        assertThat(reload.reload()).isFalse();

        assertThat(active.lastFailure().orElseThrow().errors()).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("the rules compile, but on a made-up partner in the mature market (the folder has no scenarios): "
                        + "the rules reached no verdict: no rule stated a LevelResult for SILVER (this edit deleted tier.drl: look there first)"));
    }

    @Test
    void evaluationsRunningDuringReloadsNeverFail() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        AtomicBoolean reloading = new AtomicBoolean(true);
        AtomicInteger evaluations = new AtomicInteger();
        try {
            List<Future<?>> evaluators = List.of(pool.submit(() -> evaluateWhile(reloading, evaluations)),
                    pool.submit(() -> evaluateWhile(reloading, evaluations)));
            Path tier = dir.resolve("tier.drl");
            String original = Files.readString(tier);
            for (int i = 0; i < 6; i++) {
                RulesCopy.setThreshold(dir, MATURE_SILVER, i % 2 == 0 ? "2500" : "2000");
                reload.reload();
                Files.writeString(tier, original + "\nrule \"Broken " + i + "\" when then"); // a failing reload too
                reload.reload();
                Files.writeString(tier, original);
            }
            reloading.set(false);
            for (Future<?> f : evaluators) {
                f.get(60, TimeUnit.SECONDS); // rethrows any failure of an evaluation
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(evaluations.get()).isPositive();
    }

    private Void evaluateWhile(AtomicBoolean running, AtomicInteger count) {
        while (running.get()) {
            assertThat(tier()).isIn(Tier.SILVER, Tier.NONE);
            count.incrementAndGet();
        }
        return null;
    }
}
