package dev.partnertier.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partnertier.activation.LoadedRules;
import dev.partnertier.engine.Hint;
import dev.partnertier.engine.RuleCompiler;
import dev.partnertier.engine.RuleFile;
import dev.partnertier.engine.RuleInfo;
import dev.partnertier.engine.RuleSet;
import dev.partnertier.scenarios.ScenarioResult.Mismatch;
import dev.partnertier.testing.SeedRules;
import dev.partnertier.testing.ThrowingRule;
import dev.partnertier.testing.Translations;

/** A failing scenario says which expectation failed, with expected and actual; bad files do not hide good ones. */
class ScenarioRunnerTest {

    private static ScenarioReport run(String json) {
        LoadedRules rules = SeedRules.get();
        return ScenarioRunner.run(rules.rules(), rules.wording(), ScenarioFiles.parse("test.json", json));
    }

    private static final String REQUEST = """
            {"partnerId": "p", "market": "MATURE",
             "customers": [{"tenantId": "t1", "associations": ["DELEGATED_ADMIN"],
                            "workloads": [{"workload": "EXCHANGE_ONLINE", "activeUsers": 2150}]}],
             "individuals": [{"id": "a", "exams": ["70-346", "70-347"]}]}
            """;

    @Test
    void aWrongExpectationIsReportedWithExpectedAndActual() {
        ScenarioReport report = run("""
                {"name": "Wrong on purpose", "request": %s,
                 "expect": {"tier": "GOLD", "activeEntitlements": 2000,
                            "requirements": [{"level": "SILVER", "id": "performance", "met": true, "required": 2500}],
                            "excluded": [{"reason": "TRIAL"}],
                            "rulesFired": ["The tier is Gold when Gold is met"],
                            "rulesNotFired": ["The tier is Silver when Silver is met and Gold is not"],
                            "gaps": [{"level": "SILVER", "requirement": "performance"}],
                            "explanationContains": ["no such sentence"],
                            "explanationContainsIn": {"ko": ["없는 문장"]}}}
                """.formatted(REQUEST));

        assertThat(report.failed()).isEqualTo(1);
        ScenarioResult result = report.scenarios().get(0);
        assertThat(result.name()).isEqualTo("Wrong on purpose");
        assertThat(result.passed()).isFalse();
        assertThat(result.mismatches()).extracting(Mismatch::what).containsExactly(
                "tier", "activeEntitlements", "requirement SILVER performance required", "gap SILVER performance", "excluded",
                "rule \"The tier is Gold when Gold is met\"",
                "rule \"The tier is Silver when Silver is met and Gold is not\"", "explanation", "explanation (ko)");
        // hints are for failures of the rules, a missing sentence close to one the answer has, and another tier
        assertThat(result.mismatches().subList(1, result.mismatches().size())).extracting(Mismatch::hint).containsOnlyNulls();
        assertThat(result.mismatches().get(0)).hasToString("tier: expected GOLD, got SILVER");
        assertThat(result.mismatches().get(0).hint()).isEqualTo(Hint.of("scenario.tier.not-met", "GOLD",
                "\"Gold performance not met: 2,150 active entitlements, 4,000 required in every market\", "
                        + "\"Gold exams not met: 1 qualified individual, 2 required\""));
        assertThat(result.mismatches().get(1)).hasToString("activeEntitlements: expected 2000, got 2150");
    }

    @Test
    void anotherTierQuotesTheRequirementsOfTheLevelThatDecidedBetweenTheTwo() {
        // above the expected tier: what the level reached did meet
        Mismatch above = run("""
                {"name": "Expects none", "request": %s, "expect": {"tier": "NONE"}}
                """.formatted(REQUEST)).scenarios().get(0).mismatches().get(0);
        assertThat(above).hasToString("tier: expected NONE, got SILVER");
        assertThat(above.hint()).isEqualTo(Hint.of("scenario.tier.met", "SILVER",
                "\"Silver performance met: 2,150 active entitlements, 2,000 required in a mature market\", "
                        + "\"Silver exams met: 1 qualified individual, 1 required\""));
        assertThat(above.hint().text()).startsWith("SILVER is met: \"Silver performance met: 2,150")
                .endsWith("give the scenario's partner figures below the new one, or expect SILVER.");

        // below it: only what the expected level did not meet (the exams are met)
        Mismatch below = run("""
                {"name": "Expects silver", "request": %s, "expect": {"tier": "SILVER"}}
                """.formatted(REQUEST.replace("2150", "1999"))).scenarios().get(0).mismatches().get(0);
        assertThat(below).hasToString("tier: expected SILVER, got NONE");
        assertThat(below.hint()).isEqualTo(Hint.of("scenario.tier.not-met", "SILVER",
                "\"Silver performance not met: 1,999 active entitlements, 2,000 required in a mature market\""));
        // a Korean report quotes the Korean answer
        assertThat(below.in(java.util.Locale.KOREAN).hint().text())
                .isEqualTo("SILVER 요건을 충족하지 못했습니다: \"실버 실적 미충족: 활성 권리 유형 1,999개(선진국 시장 기준 2,000개 필요)\". "
                        + "기준값을 바꿨다면 시나리오 파트너의 수치가 새 기준에 이르게 하거나 다른 등급을 기대하세요.");
        assertThat(below.in(java.util.Locale.KOREAN).in(java.util.Locale.ENGLISH).hint()).isEqualTo(below.hint());
    }

    @Test
    void aRuleNameNoRuleHasIsSaidSoWhetherExpectedToFireOrNot() {
        ScenarioReport report = run("""
                {"name": "A renamed rule", "request": %s,
                 "expect": {"tier": "SILVER",
                            "rulesFired": ["The tier is Silver when Silver is met and Gold is not", "The tier is Silvr"],
                            "rulesNotFired": ["The tier is Gold when Gold is met", "The tier is Gold when met"]}}
                """.formatted(REQUEST));

        ScenarioResult result = report.scenarios().get(0);
        assertThat(result.passed()).isFalse();
        assertThat(result.mismatches()).extracting(Mismatch::toString).containsExactly(
                "rule \"The tier is Silvr\": expected fired, got " + ScenarioRunner.NO_SUCH_RULE,
                "rule \"The tier is Gold when met\": expected not fired, got " + ScenarioRunner.NO_SUCH_RULE);
    }

    @Test
    void nothingExcludedWhenSomethingIsSaysWhatWas() {
        ScenarioReport report = run("""
                {"name": "Expects nothing excluded", "request": {"partnerId": "p", "market": "MATURE",
                   "customers": [{"tenantId": "t1", "associations": ["DELEGATED_ADMIN"],
                                  "workloads": [{"workload": "EXCHANGE_ONLINE", "activeUsers": 2150},
                                                {"workload": "YAMMER", "activeUsers": 10, "trial": true}]}]},
                 "expect": {"tier": "NONE", "nothingExcluded": true}}
                """);

        assertThat(report.scenarios().get(0).mismatches()).extracting(Mismatch::toString)
                .containsExactly("excluded: expected nothing, got [TRIAL t1 YAMMER]");

        StringBuilder customers = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            customers.append(i == 1 ? "" : ",").append("{\"tenantId\": \"u%02d\", \"associations\": []}".formatted(i));
        }
        ScenarioReport many = run("""
                {"name": "Twelve exclusions", "request": {"partnerId": "p", "market": "MATURE", "customers": [%s]},
                 "expect": {"tier": "NONE", "nothingExcluded": true}}
                """.formatted(customers));
        assertThat(many.scenarios().get(0).mismatches()).singleElement().extracting(Mismatch::toString)
                .isEqualTo("excluded: expected nothing, got [NOT_ASSOCIATED u01, NOT_ASSOCIATED u02, NOT_ASSOCIATED u03, "
                        + "NOT_ASSOCIATED u04, NOT_ASSOCIATED u05, NOT_ASSOCIATED u06, NOT_ASSOCIATED u07, NOT_ASSOCIATED u08, "
                        + "NOT_ASSOCIATED u09, NOT_ASSOCIATED u10, and 2 more]");
    }

    @Test
    void inKoreanTheMismatchesWordsAreKoreanAndTheirWhatStaysAKey() {
        ScenarioReport report = run("""
                {"name": "A renamed rule", "request": %s,
                 "expect": {"tier": "GOLD", "rulesFired": ["The tier is Gold when Gold is met", "The tier is Silvr"],
                            "explanationContains": ["no such sentence"]}}
                """.formatted(REQUEST)).in(java.util.Locale.KOREAN);

        assertThat(report.scenarios().get(0).mismatches()).extracting(Mismatch::what, Mismatch::expected, Mismatch::actual)
                .startsWith(tuple("tier", "GOLD", "SILVER"),
                        tuple("rule \"The tier is Gold when Gold is met\"", "실행됨", "실행되지 않음"),
                        tuple("rule \"The tier is Silvr\"", "실행됨",
                                "이 이름의 규칙이 없습니다(이름이 바뀌었거나 삭제되었거나 철자가 틀렸습니까? GET /rules와 규칙 파일에 목록이 있습니다)"));
        assertThat(report.scenarios().get(0).mismatches().get(3).expected()).isEqualTo("다음을 포함한 문장: \"no such sentence\"");
    }

    @Test
    void aRequirementWrittenOtherwiseThanItsIdIsSaidWithTheIds() {
        // the requirement's ids are performance and exams; "PERFORMANCE" was "the body could not be read as this request"
        List<ScenarioResult> unreadable = ScenarioFiles.parse("gap.json", "{\"name\": \"g\", \"request\": {\"partnerId\": \"p\", "
                + "\"market\": \"MATURE\"}, \"expect\": {\"tier\": \"NONE\", \"gaps\": [{\"level\": \"GOLD\", "
                + "\"requirement\": \"PERFORMANCE\", \"amount\": 1}]}}").unreadable();
        assertThat(unreadable).singleElement().satisfies(r -> assertThat(r.mismatches().get(0).actual())
                .isEqualTo("cannot be read: expect.gaps[0].requirement: must be one of performance, exams"));
    }

    @Test
    void aScenarioFileThatCannotBeReadIsSaidInKoreanWithItsPlacesAndPathsAsTheyAre() {
        List<ScenarioResult> unreadable = java.util.stream.Stream.of(
                ScenarioFiles.parse("broken.json", "[{\"name\": \"x\",\n  \"request\": }]"),
                ScenarioFiles.parse("bare.json", "{\"name\": \"z\"}"),
                ScenarioFiles.parse("typo.json", "{\"name\": \"y\", \"request\": {\"partnerId\": \"p\", \"market\": \"MATURE\"},"
                        + " \"expect\": {\"tier\": \"NONE\", \"tierr\": 1}}"))
                .flatMap(loaded -> loaded.unreadable().stream()).toList();
        List<Mismatch> english = unreadable.stream().map(r -> r.mismatches().get(0)).toList();
        List<Mismatch> korean = unreadable.stream().map(r -> r.in(java.util.Locale.KOREAN).mismatches().get(0)).toList();

        assertThat(english).extracting(Mismatch::expected).containsOnly("a readable scenario");
        assertThat(english).extracting(Mismatch::actual).containsExactly("not valid JSON (line 2, column 14): a value is missing after the colon",
                "a scenario needs \"name\", \"request\" and \"expect\" with at least \"tier\"",
                "cannot be read: expect.tierr: unknown field 'tierr'; known fields: activeEntitlements, excluded, explanationContains, "
                        + "explanationContainsIn, gaps, noGaps, nothingExcluded, qualifiedIndividuals, requirements, rulesFired, "
                        + "rulesNotFired, tier");
        assertThat(korean).extracting(Mismatch::expected).containsOnly("읽을 수 있는 시나리오");
        assertThat(korean.get(0).actual()).isEqualTo("올바른 JSON이 아님(2행 14열): 콜론 뒤에 값이 빠졌습니다");
        assertThat(korean.get(1).actual()).startsWith("시나리오에는 \"name\"과 \"request\"");
        assertThat(korean.get(2).actual()).startsWith("읽을 수 없음: expect.tierr: 알 수 없는 필드 ");
        // the same file read twice is the same result: how a complaint is said again in Korean does not count
        assertThat(ScenarioFiles.parse("broken.json", "[{\"name\": \"x\",\n  \"request\": }]").unreadable())
                .isEqualTo(unreadable.subList(0, 1));
    }

    @Test
    void aFileThatIsNotJsonSaysWhatItsMistakeLikelyIs() {
        java.util.function.Function<String, Mismatch> mismatch = json -> ScenarioFiles.parse("f.json", json).unreadable().get(0).mismatches().get(0);
        java.util.Map<String, String[]> said = new java.util.LinkedHashMap<>();
        said.put("{\"name\": \"x\"\n \"request\": {}}", new String[] {"not valid JSON (line 2, column 2): a comma is missing before this, "
                + "most likely at the end of the line before", "올바른 JSON이 아님(2행 2열): 이 앞에 쉼표가 빠졌습니다(대개 앞 줄 끝에서 빠집니다)"});
        said.put("{\"name\": \"x\", // a note\n}", new String[] {"not valid JSON (line 1, column 15): JSON has no comments: remove this "
                + "one (a scenario's \"description\" holds notes)", "올바른 JSON이 아님(1행 15열): JSON에는 주석을 쓸 수 없습니다."});
        said.put("{\"name\": \"x\",}", new String[] {"not valid JSON (line 1, column 14): a comma right before the closing brace is one "
                + "too many", "올바른 JSON이 아님(1행 14열): 닫는 중괄호 바로 앞에 불필요한 쉼표가 있습니다"});
        said.put("[{\"name\": \"x\"},]", new String[] {"not valid JSON (line 1, column 16): a comma right before the closing bracket is "
                + "one too many", "올바른 JSON이 아님(1행 16열): 닫는 대괄호 바로 앞에 불필요한 쉼표가 있습니다"});
        said.put("{name: \"x\"}", new String[] {"not valid JSON (line 1, column 2): a field name in double quotes is expected here",
                "올바른 JSON이 아님(1행 2열): 여기에는 큰따옴표로 묶은 필드 이름이 와야 합니다"});
        said.put("{\"name\": 'x'}", new String[] {"not valid JSON (line 1, column 10): a text here lacks its double quotes (true, false "
                + "and null are written in small letters)", "올바른 JSON이 아님(1행 10열): 여기 있는 텍스트에 큰따옴표가 없습니다"});
        said.put("{\"name\": .5}", new String[] {"not valid JSON (line 1, column 10)", "올바른 JSON이 아님(1행 10열)"}); // no likely mistake
        said.put("{\"name\": ", new String[] {"not valid JSON (line 1, column 10)", "올바른 JSON이 아님(1행 10열)"}); // cut off
        said.forEach((json, words) -> {
            assertThat(mismatch.apply(json).actual()).as(json).isEqualTo(words[0]);
            assertThat(mismatch.apply(json).in(java.util.Locale.KOREAN).actual()).as(json).startsWith(words[1]);
            // said again from its English alone (a copy without how to say it again): not garbled
            assertThat(new Mismatch("scenario", "a readable scenario", words[0]).in(java.util.Locale.KOREAN).actual()).as(json)
                    .startsWith(words[1].substring(0, words[1].indexOf(')') + 1));
        });
    }

    @Test
    void aScenariosRequestAtFaultAnExclusionExpectedAndALanguageTagAreSaidInKoreanToo() {
        ScenarioReport report = run("""
                [{"name": "Blank", "request": {"partnerId": " ", "market": "MATURE"}, "expect": {"tier": "NONE"}},
                 {"name": "Exclusions", "request": %s, "expect": {"tier": "SILVER", "excluded": [{"reason": "TRIAL"}],
                  "explanationContainsIn": {"ko-KR": ["실버"], "kr": ["실버"]}}}]
                """.formatted(REQUEST)).in(java.util.Locale.KOREAN);

        assertThat(report.scenarios().get(0).mismatches()).extracting(Mismatch::what, Mismatch::expected, Mismatch::actual)
                .containsExactly(tuple("request.partnerId", "올바른 요청", "필수입니다: 없거나 비어 있거나 공백뿐입니다"));
        assertThat(report.scenarios().get(1).mismatches()).extracting(Mismatch::what, Mismatch::expected, Mismatch::actual)
                .containsExactly(tuple("excluded", "집계 제외 TRIAL", "[]"),
                        tuple("explanation (kr)", "문구 언어 중 하나: en, ko", "kr")); // ko-KR is ko, and its sentence is there
    }

    @Test
    void theWordsOfMismatchesSpeakKoreanToo() {
        Translations.assertComplete(ScenarioRunner.class, "mismatch.properties", "mismatch_ko.properties", 10, false);
    }

    @Test
    void aMissingSentenceListsEachSentenceOfTheAnswerOnce() {
        ScenarioReport report = run("""
                {"name": "No such sentence", "request": %s, "expect": {"tier": "SILVER", "explanationContains": ["no such sentence"]}}
                """.formatted(REQUEST));

        Mismatch mismatch = report.scenarios().get(0).mismatches().get(0);
        assertThat(mismatch.what()).isEqualTo("explanation");
        String actual = mismatch.actual();
        String requirement = "Silver performance met: 2,150 active entitlements, 2,000 required in a mature market";
        assertThat(actual).contains(requirement);
        assertThat(actual.indexOf(requirement)).isEqualTo(actual.lastIndexOf(requirement));
    }

    @Test
    void sentencesMissingInOneLanguageAreOneMismatchThatListsTheAnswerOnce() {
        ScenarioReport report = run("""
                {"name": "Two missing", "request": %s,
                 "expect": {"tier": "SILVER", "explanationContains": ["no such sentence", "Silver performance met", "nor this"],
                            "explanationContainsIn": {"ko": ["없는 문장", "또 없는 문장"]}}}
                """.formatted(REQUEST));

        assertThat(report.scenarios().get(0).mismatches()).extracting(Mismatch::what, Mismatch::expected).containsExactly(
                tuple("explanation", "sentences containing \"no such sentence\" and \"nor this\""),
                tuple("explanation (ko)", "sentences containing \"없는 문장\" and \"또 없는 문장\""));
        // each sentence of the answer quoted, since sentences hold commas
        assertThat(report.scenarios().get(0).mismatches().get(0).actual())
                .contains("\"Silver performance met: 2,150 active entitlements, 2,000 required in a mature market\", \"");
    }

    @Test
    void aMatchingExpectationPasses() {
        ScenarioReport report = run("""
                [{"name": "Right", "request": %s,
                  "expect": {"tier": "SILVER", "activeEntitlements": 2150, "qualifiedIndividuals": 1, "nothingExcluded": true,
                             "gaps": [{"level": "GOLD", "requirement": "performance", "amount": 1850},
                                      {"level": "GOLD", "requirement": "exams", "amount": 1}],
                             "explanationContains": ["Silver performance met: 2,150 active entitlements"],
                             "explanationContainsIn": {"ko": ["활성 권리 유형 2,150개"]}}}]
                """.formatted(REQUEST));

        assertThat(report.passed()).isEqualTo(1);
        assertThat(report.failed()).isZero();
    }

    @Test
    void aScenarioWhoseRequestTheApiWouldRefuseFails() {
        ScenarioReport report = run("""
                {"name": "Negative users", "request": {"partnerId": "p", "market": "MATURE",
                  "customers": [{"tenantId": "t", "workloads": [{"workload": "YAMMER", "activeUsers": -3}]}]},
                 "expect": {"tier": "NONE"}}
                """);

        assertThat(report.scenarios().get(0).mismatches()).singleElement()
                .satisfies(m -> assertThat(m.what()).isEqualTo("request.customers[0].workloads[0].activeUsers"));
    }

    @Test
    void coverageIsCountedOverTheScenariosTheRulesDecidedAndNotWhenTheyDecidedNone() {
        String invalid = """
                {"name": "Negative users", "request": {"partnerId": "p", "market": "MATURE",
                  "customers": [{"tenantId": "t", "workloads": [{"workload": "YAMMER", "activeUsers": -3}]}]},
                 "expect": {"tier": "NONE"}}""";
        ScenarioReport onlyInvalid = run("[" + invalid + "]");
        assertThat(onlyInvalid.coverageCounted()).isFalse();
        assertThat(onlyInvalid.rulesNeverFired()).isEmpty();

        ScenarioReport both = run("[" + invalid + ", {\"name\": \"Silver\", \"request\": " + REQUEST
                + ", \"expect\": {\"tier\": \"SILVER\"}}]");
        assertThat(both.coverageCounted()).isTrue();
        assertThat(both.rulesNeverFired()).extracting(RuleInfo::name).contains("The tier is Gold when Gold is met")
                .doesNotContain("The tier is Silver when Silver is met and Gold is not");

        assertThat(run("[]").coverageCounted()).isFalse();
    }

    @Test
    void aKeyGivenTwiceInAScenarioFileIsNamedByItsPathLineAndColumn() {
        ScenarioReport report = run("[{\"name\": \"Twice\",\n \"request\": {\"partnerId\": \"p\", \"partnerId\": \"q\"},\n"
                + " \"expect\": {\"tier\": \"NONE\"}}]");
        assertThat(report.scenarios()).singleElement().satisfies(s -> assertThat(s.mismatches().get(0).actual())
                .isEqualTo("cannot be read: [0].request.partnerId (line 2, column 43): is given twice in the same object; "
                        + "give each field once"));
    }

    @Test
    void anUnreadableScenarioIsAFailureNamedAfterItsFile() {
        ScenarioReport report = run("{ not json");

        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.scenarios().get(0).name()).isEqualTo("test.json");
        assertThat(report.scenarios().get(0).mismatches().get(0).actual()).startsWith("not valid JSON (line 1, column ");
    }

    @Test
    void aScenarioFileNotSavedAsUtf8IsAFailureSayingSo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
        java.nio.file.Files.writeString(folder.resolve("korean.json"), "[{\"name\": \"한국 파트너\"}]", java.nio.charset.Charset.forName("EUC-KR"));

        ScenarioFiles.Loaded loaded = ScenarioFiles.read(folder);

        assertThat(loaded.unreadable()).singleElement().satisfies(failure -> {
            assertThat(failure.name()).isEqualTo("korean.json");
            assertThat(failure.mismatches().get(0).actual()).isEqualTo("a file not saved as UTF-8 (line 1, column 12): save it again with the encoding UTF-8");
        });
    }

    @Test
    void aScenarioFileWithAByteOrderMarkIsRead(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
        java.nio.file.Files.writeString(folder.resolve("marked.json"), "\uFEFF{\"name\": \"Marked\", \"request\": " + REQUEST
                + ", \"expect\": {\"tier\": \"SILVER\"}}");

        ScenarioFiles.Loaded loaded = ScenarioFiles.read(folder);

        assertThat(loaded.unreadable()).isEmpty();
        assertThat(loaded.scenarios()).extracting(Scenario::name).containsExactly("Marked");
    }

    @Test
    void aScenarioWithoutExpectationIsAFailure() {
        ScenarioReport report = run("{\"name\": \"No expectation\", \"request\": " + REQUEST + "}");

        assertThat(report.scenarios().get(0).passed()).isFalse();
        assertThat(report.scenarios().get(0).mismatches().get(0).actual()).contains("\"expect\"");
    }

    @Test
    void aMisspeltExpectationIsNamedByItsFieldInPlainWords() {
        ScenarioReport report = run("{\"name\": \"Typo\", \"request\": {\"partnerId\": \"p\", \"market\": \"MATURE\"}, "
                + "\"expect\": {\"tier\": \"NONE\", \"tierr\": \"x\"}}");
        assertThat(report.failed()).isEqualTo(1);
        String problem = report.scenarios().get(0).mismatches().get(0).actual();
        assertThat(problem).contains("expect.tierr").doesNotContain("dev.partnertier", "class ", "Source:");
    }

    @Test
    void rulesThatThrowFailTheScenarioNamingTheRulesFileAndLine() {
        RuleSet throwing = new RuleCompiler().compile(List.of(new RuleFile(ThrowingRule.FILE, ThrowingRule.DRL)));
        ScenarioReport report = ScenarioRunner.run(throwing, SeedRules.get().wording(), ScenarioFiles.parse("test.json",
                "{\"name\": \"Any\", \"request\": %s, \"expect\": {\"tier\": \"SILVER\"}}".formatted(REQUEST)));

        assertThat(report.scenarios().get(0).mismatches()).singleElement().satisfies(m -> {
            assertThat(m.what()).isEqualTo("decision");
            assertThat(m.actual()).contains("\"" + ThrowingRule.NAME + "\"", ThrowingRule.MESSAGE,
                    "(" + ThrowingRule.FILE + ", line " + ThrowingRule.LINE + ")");
            assertThat(m.hint().text()).startsWith("The rule reads a text as a number");
            assertThat(report.in(java.util.Locale.KOREAN).scenarios().get(0).mismatches().get(0).hint().text())
                    .startsWith("규칙이 텍스트를 숫자로 읽는데");
        });
    }
}
