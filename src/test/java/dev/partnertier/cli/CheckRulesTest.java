package dev.partnertier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.partnertier.testing.RulesCopy;
import dev.partnertier.testing.SecondTotalRule;
import dev.partnertier.testing.ThrowingRule;
import dev.partnertier.testing.Translations;

/** {@code check-rules}: the analysts' check of a folder, as the packaged application runs it, without a server. */
class CheckRulesTest {

    static final String NEVER_CLOSED = """
            package rules;

            import dev.partnertier.model.*;

            // A rule an analyst started: the closing quote of its name is missing.


            rule "never closed
            when
                Partner()
            then
                insertLogical( new Threshold( Level.GOLD, Requirement.EXAMS, 2 ) );
            end
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private int checkRules(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "check-rules";
        System.arraycopy(args, 0, command, 1, args.length);
        return Commands.run(command, new PrintStream(printed, true, StandardCharsets.UTF_8)).orElseThrow();
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theSeedRulesPassWithEveryScenarioAndFullCoverage() throws IOException {
        RulesCopy.copy(dir);
        assertThat(checkRules(dir.toString())).as(output()).isZero();
        assertThat(output()).contains("OK    The rules compile: " + RulesCopy.ruleCount() + " rules")
                .contains("Rule coverage: " + RulesCopy.ruleCount() + " of " + RulesCopy.ruleCount())
                .doesNotContain("FAIL");
    }

    @Test
    void aBrokenFolderFailsNamingEachFileLineAndHint() throws IOException {
        RulesCopy.copy(dir);
        Path performance = dir.resolve("performance.drl");
        int line = RulesCopy.lineOf(performance, "Requirement.PERFORMANCE, 2000, Market.MATURE");
        RulesCopy.replace(performance, "Requirement.PERFORMANCE, 2000, Market.MATURE", "Requirement.PERFORMANCE, 2,000, Market.MATURE");
        Files.writeString(dir.resolve("new.drl"), NEVER_CLOSED);

        assertThat(checkRules(dir.toString())).isEqualTo(1);
        assertThat(output()).contains("FAIL  The rules do not compile")
                .contains("performance.drl, line " + line + ", column ")
                .contains("Hint: Write numbers without separators: 2000, not 2,000.")
                .contains("new.drl, line 8, column 6:")
                .contains("        | rule \"never closed\n        |      ^")
                .contains("Hint: A quote opened on this line is not closed");
    }

    @Test
    void aFileNotSavedAsUtf8FailsNamingItsLineAndHowToSaveIt() throws IOException {
        RulesCopy.copy(dir);
        Path korean = dir.resolve("messages_ko.properties");
        Files.writeString(korean, "# 한국어\n" + Files.readString(korean), java.nio.charset.Charset.forName("EUC-KR"));

        assertThat(checkRules(dir.toString())).isEqualTo(1);
        assertThat(output()).contains("messages_ko.properties, line 1, column 3")
                .contains("is not saved as UTF-8")
                .contains("Hint: Every rule file is read as UTF-8")
                .doesNotContain("Exception");
    }

    @Test
    void aRouteWithoutItsSentencesFailsTheCheckAsAReloadRefusesIt() throws IOException {
        RulesCopy.copy(dir);
        RulesCopy.replace(dir.resolve("individuals.drl"), """
                    insertLogical( QualifyingRoute.exams( "EXAMS", "70-346", "70-347" ) );
                """, """
                    insertLogical( QualifyingRoute.exams( "EXAMS", "70-346", "70-347" ) );
                    insertLogical( QualifyingRoute.exams( "TEAMS_EXAM", "MS-700" ) );
                """);

        assertThat(checkRules(dir.toString())).isEqualTo(1);
        assertThat(output()).contains("messages_en.properties:\n")
                .contains("'missing.TEAMS_EXAM' is in no wording file, and the rules ask for it (for the partner of a scenario)")
                .contains("'qualification.TEAMS_EXAM' is in no wording file, and the rules ask for it")
                .contains("Hint: Add the sentence for missing.TEAMS_EXAM to messages_en.properties");
    }

    @Test
    void aCountedAssociationRetypedInOtherLettersFailsTheCheckAtItsLine() throws IOException {
        RulesCopy.copy(dir);
        RulesCopy.replace(dir.resolve("customers.drl"), "\"DELEGATED_ADMIN\"", "\"Delegated_Admin\"");

        assertThat(checkRules(dir.toString())).isEqualTo(1);
        assertThat(output()).containsPattern("customers\\.drl, line \\d+, column \\d+:\n")
                .contains("the rules count the association Delegated_Admin, which no wording file names: the wording names "
                        + "DELEGATED_ADMIN (association.DELEGATED_ADMIN), most likely the code meant")
                .contains("Hint: Codes are compared exactly: a partner that sends DELEGATED_ADMIN would not count");
    }

    @Test
    void aFailingScenarioFailsTheCheck() throws IOException {
        RulesCopy.copy(dir);
        RulesCopy.setThreshold(dir, "Silver performance threshold in a mature market", "2500");
        assertThat(checkRules(dir.toString())).isEqualTo(1);
        assertThat(output()).contains("OK    The rules compile").containsPattern("FAIL  .*\\(performance\\.json\\)")
                .containsPattern("FAIL  \\d+ scenarios passed, [1-9]\\d* failed\\.");
    }

    @Test
    void aRuleNoScenarioFiresFailsTheCheckAsItFailsTheBuild() throws IOException {
        RulesCopy.copy(dir);
        Files.writeString(dir.resolve("unfired.drl"), """
                package rules;

                import dev.partnertier.model.*;

                rule "An analyst's rule that no scenario reaches yet"
                when
                    Partner()
                    eval( false )
                then
                    insertLogical( new Threshold( Level.GOLD, Requirement.EXAMS, 2 ) );
                end
                """);

        assertThat(checkRules(dir.toString())).as(output()).isEqualTo(1);
        assertThat(output()).contains("      never fired: \"An analyst's rule that no scenario reaches yet\" (unfired.drl, line 5)")
                .containsPattern("FAIL  \\d+ scenarios passed, 0 failed; 1 rule fired in no scenario, which the build "
                        + "\\(\\./mvnw verify\\) refuses too: add a scenario that fires it \\(rules/README\\.md, \"Write a scenario\"\\)\\.")
                .doesNotContain("OK    " + RulesCopy.ruleCount());
    }

    @Test
    void rulesThatThrowFailTheScenariosNamingTheRuleAndLeaveCoverageUncounted() throws IOException {
        RulesCopy.copy(dir);
        Files.writeString(dir.resolve(ThrowingRule.FILE), ThrowingRule.DRL);

        assertThat(checkRules(dir.toString())).isEqualTo(1);
        assertThat(output()).containsPattern("decision: expected the tier (GOLD|SILVER|NONE), got a failure of the rules: ")
                .contains("got a failure of the rules: the rule \"" + ThrowingRule.NAME + "\" ("
                        + ThrowingRule.FILE + ", line " + ThrowingRule.LINE + ") failed")
                .contains("        Hint: The rule reads a text as a number")
                .contains("Rule coverage: not counted, since the rules failed while deciding")
                .doesNotContain("never fired:");
    }

    @Test
    void aFailureOfTheRulesThatBreaksManyScenariosIsSaidInFullOnceAndReferredToUnderTheOthers() throws IOException {
        RulesCopy.copy(dir);
        Files.writeString(dir.resolve(SecondTotalRule.FILE), SecondTotalRule.DRL);

        assertThat(checkRules(dir.toString())).isEqualTo(1);
        String out = output();
        long failed = out.lines().filter(l -> l.startsWith("FAIL  ") && l.endsWith(".json)")).count();
        assertThat(failed).as(out).isGreaterThan(2);
        String first = out.lines().filter(l -> l.startsWith("FAIL  ")).findFirst().orElseThrow();
        String firstName = first.substring("FAIL  ".length(), first.lastIndexOf("  ("));
        String firstFile = first.substring(first.lastIndexOf("  (") + 3, first.length() - 1);
        // every message quotes its own partner's totals, so no two are equal; they are one failure but for those figures
        assertThat(occurrences(out, "got a failure of the rules: the rules stated 2 ActiveEntitlements facts")).as(out).isEqualTo(1);
        assertThat(occurrences(out, "from the rule \"" + SecondTotalRule.NAME + "\" (" + SecondTotalRule.FILE + ", line "
                + SecondTotalRule.LINE + ")")).isEqualTo(1);
        assertThat(occurrences(out, "Hint: A partner has one ActiveEntitlements fact")).isEqualTo(1);
        assertThat(occurrences(out, ", got the same failure of the rules as \"" + firstName + "\" (" + firstFile + "), shown above"))
                .isEqualTo(failed - 1);
        assertThat(out).containsPattern("decision: expected the tier (GOLD|SILVER|NONE), got the same failure");
    }

    @Test
    void twoDifferentFailuresOfTheRulesAreEachSaidInFull() throws IOException {
        RulesCopy.copy(dir);
        Files.writeString(dir.resolve(SecondTotalRule.FILE), SecondTotalRule.DRL);
        Files.writeString(dir.resolve("emerging.drl"), """
                package rules;
                import dev.partnertier.model.*;

                rule "Throws for a partner in an emerging market"
                when
                    Partner( market == Market.EMERGING )
                then
                    Integer.parseInt("broken on purpose");
                end
                """);

        assertThat(checkRules(dir.toString())).isEqualTo(1);
        String out = output();
        // an emerging partner fails on the rule that throws (the rules stop there), the others on the second total
        assertThat(occurrences(out, "got a failure of the rules: the rule \"Throws for a partner in an emerging market\" (emerging.drl, line 4) failed"))
                .as(out).isEqualTo(1);
        assertThat(occurrences(out, "got a failure of the rules: the rules stated 2 ActiveEntitlements facts")).isEqualTo(1);
        assertThat(occurrences(out, "Hint: The rule reads a text as a number")).isEqualTo(1);
        assertThat(occurrences(out, "Hint: A partner has one ActiveEntitlements fact")).isEqualTo(1);
        assertThat(occurrences(out, "got the same failure of the rules as")).isGreaterThan(2);
    }

    @Test
    void eachScenarioOfTheJsonReportNamesTheRulesItsFailureNames() throws IOException {
        RulesCopy.copy(dir);
        Files.writeString(dir.resolve(SecondTotalRule.FILE), SecondTotalRule.DRL);

        assertThat(checkRules("--json", dir.toString())).isEqualTo(1);
        JsonNode failure = mismatches(new ObjectMapper().readTree(output()).at("/scenarios/scenarios"))
                .filter(m -> m.get("what").asText().equals("decision")).findFirst().orElseThrow();
        assertThat(failure.get("rules")).extracting(r -> r.get("name").asText() + " " + r.get("file").asText() + ":" + r.get("line").asInt())
                .contains(SecondTotalRule.NAME + " " + SecondTotalRule.FILE + ":" + SecondTotalRule.LINE)
                .anyMatch(r -> r.contains("entitlements.drl:"));
    }

    @Test
    void aFailureOfTheRulesHasItsHintAndRulesInJsonAndAMismatchOfFiguresHasNeither() throws IOException {
        RulesCopy.copy(dir);
        Files.writeString(dir.resolve(SecondTotalRule.FILE), SecondTotalRule.DRL);
        assertThat(checkRules("--json", dir.toString())).isEqualTo(1);
        JsonNode failures = new ObjectMapper().readTree(output()).at("/scenarios/scenarios");
        assertThat(mismatches(failures).filter(m -> m.get("what").asText().equals("decision")))
                .isNotEmpty()
                .allSatisfy(m -> assertThat(fieldNames(m)).containsExactly("what", "expected", "actual", "hint", "rules"));
        // the messages quote each partner's own figures: one failure, said in texts that differ
        assertThat(mismatches(failures).map(m -> m.get("actual").asText()).distinct().count()).isGreaterThan(1);

        printed.reset();
        Files.delete(dir.resolve(SecondTotalRule.FILE));
        RulesCopy.setThreshold(dir, "Silver performance threshold in a mature market", "2500");
        assertThat(checkRules("--json", dir.toString())).isEqualTo(1);
        assertThat(mismatches(new ObjectMapper().readTree(output()).at("/scenarios/scenarios")))
                .isNotEmpty()
                .allSatisfy(m -> {
                    if (m.get("what").asText().equals("tier")) {
                        // another tier: the requirements of the level that decided, as a hint
                        assertThat(fieldNames(m)).containsExactly("what", "expected", "actual", "hint");
                        assertThat(m.get("hint").asText()).startsWith("SILVER is not met: \"Silver performance not met: ")
                                .contains("2,500 required in a mature market");
                    } else if (m.has("hint")) {
                        // one sentence the answer lacks: the closest one it has, as a hint
                        assertThat(m.get("what").asText()).startsWith("explanation");
                        assertThat(fieldNames(m)).containsExactly("what", "expected", "actual", "hint");
                        assertThat(m.get("hint").asText()).startsWith("The answer's closest sentence is \"");
                    } else {
                        assertThat(fieldNames(m)).containsExactly("what", "expected", "actual");
                    }
                })
                .anySatisfy(m -> assertThat(m.get("what").asText()).isEqualTo("tier"))
                .anySatisfy(m -> {
                    assertThat(m.get("what").asText()).startsWith("explanation");
                    assertThat(m.has("hint")).isTrue();
                });
    }

    @Test
    void whenTheRulesFailCoverageIsNotCountedInJsonEither() throws IOException {
        RulesCopy.copy(dir);
        Files.writeString(dir.resolve(ThrowingRule.FILE), ThrowingRule.DRL);
        assertThat(checkRules("--json", dir.toString())).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(output()).get("scenarios");
        assertThat(report.get("coverageCounted").asBoolean()).isFalse();
        assertThat(report.get("rulesNeverFired")).isEmpty();

        printed.reset();
        Files.delete(dir.resolve(ThrowingRule.FILE));
        assertThat(checkRules("--json", dir.toString())).isZero();
        report = new ObjectMapper().readTree(output()).get("scenarios");
        assertThat(report.get("coverageCounted").asBoolean()).isTrue();
        assertThat(report.get("rulesNeverFired")).isEmpty();
    }

    @Test
    void aFolderWithoutScenariosSaysSoAndCountsNoCoverage() throws IOException {
        RulesCopy.copy(dir);
        try (Stream<Path> scenarios = Files.list(dir.resolve("scenarios"))) {
            for (Path file : scenarios.toList()) {
                Files.delete(file);
            }
        }
        assertThat(checkRules(dir.toString())).as(output()).isEqualTo(1);
        assertThat(output()).contains("Scenarios in " + dir.resolve("scenarios") + ":\n      none: the rules compile, but "
                        + "nothing checked what they decide")
                .contains("Rule coverage: not counted, since the rules decided no scenario's partner.")
                .contains("FAIL  No scenario ran.")
                .doesNotContain("never fired", "OK    0");

        printed.reset();
        Files.delete(dir.resolve("scenarios"));
        assertThat(checkRules(dir.toString())).isEqualTo(1);
        assertThat(output()).contains("      none (the folder is not there): the rules compile");
    }

    private static Stream<JsonNode> mismatches(JsonNode scenarios) {
        return StreamSupport.stream(scenarios.spliterator(), false)
                .flatMap(s -> StreamSupport.stream(s.get("mismatches").spliterator(), false));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static long occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    void theReportIsTheJsonOfTheServiceInTheLanguageAsked() throws IOException {
        RulesCopy.copy(dir);
        RulesCopy.replace(dir.resolve("performance.drl"), "Requirement.PERFORMANCE, 2000, Market.MATURE", "Requirement.PERFORMANCE, \"2000\", Market.MATURE");
        assertThat(checkRules("--json", "--lang", "ko", dir.toString())).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(output());
        assertThat(report.get("valid").asBoolean()).isFalse();
        assertThat(report.at("/errors/0/file").asText()).isEqualTo("performance.drl");
        assertThat(report.at("/errors/0/hint").asText()).isEqualTo("숫자는 따옴표 없이 쓰세요: \"2000\" 대신 2000.");
    }

    @Test
    void inKoreanTheWholeReportIsKorean() throws IOException {
        Path rules = dir.resolve("rules2"); // ends in 2, read 이: the particle after it is 를
        RulesCopy.copy(rules);
        RulesCopy.setThreshold(rules, "Silver performance threshold in a mature market", "2500");
        assertThat(checkRules("--lang", "ko", rules.toString())).isEqualTo(1);
        assertThat(output()).startsWith("규칙 폴더 " + rules + "를 확인합니다\n")
                .contains("확인    규칙이 컴파일됩니다: 규칙 " + RulesCopy.ruleCount() + "개, 버전 ")
                .contains(rules.resolve("scenarios") + "의 시나리오:")
                .contains("실패    ", "통과    ")
                .contains("요건 실버 실적 필요: 기대 2000, 실제 2500", "등급: 기대 ", "요건 실버 실적 충족: 기대 true(충족), 실제 false(미충족)")
                .containsPattern("실패    시나리오 \\d+개 통과, [1-9]\\d*개 실패\\.")
                .doesNotContain("Checking the rules", "expected ", "scenarios passed", "Rule coverage", "requirement SILVER", "기대 true,");

        printed.reset();
        RulesCopy.replace(rules.resolve("performance.drl"), "Requirement.PERFORMANCE, 2500, Market.MATURE", "Requirement.PERFORMANCE, 2,500, Market.MATURE");
        assertThat(checkRules("--lang", "ko", rules.toString())).isEqualTo(1);
        assertThat(output()).contains("실패    규칙이 컴파일되지 않습니다. 다음을 고친 뒤 다시 확인하세요:")
                .containsPattern("performance\\.drl, \\d+번째 줄, \\d+번째 열:")
                .contains("힌트: 숫자는 쉼표 없이 쓰세요");
    }

    @Test
    void everySentenceOfTheCheckSpeaksKoreanToo() {
        Translations.assertComplete(CheckRules.class, "check-rules.properties", "check-rules_ko.properties", 25, true);
    }

    @Test
    void theLanguageMayBeGivenAsOneArgument() throws IOException {
        RulesCopy.copy(dir);
        RulesCopy.replace(dir.resolve("performance.drl"), "Requirement.PERFORMANCE, 2000, Market.MATURE", "Requirement.PERFORMANCE, \"2000\", Market.MATURE");
        assertThat(checkRules("--lang=ko", "--json", dir.toString())).isEqualTo(1);
        assertThat(new ObjectMapper().readTree(output()).at("/errors/0/hint").asText()).isEqualTo("숫자는 따옴표 없이 쓰세요: \"2000\" 대신 2000.");
        printed.reset();
        assertThat(checkRules("--lang=fr", dir.toString())).isEqualTo(2);
        assertThat(checkRules("--lang=", dir.toString())).isEqualTo(2);
        assertThat(output()).startsWith("check-rules: --lang takes en or ko, the languages of the hints\nusage: check-rules");
    }

    @Test
    void aFolderThatIsNotThereOrAFileFailsSayingSo() throws IOException {
        assertThat(checkRules(dir.resolve("missing").toString())).isEqualTo(1);
        assertThat(output()).contains("FAIL  " + dir.resolve("missing") + " is not a rules folder: it does not exist.")
                .doesNotContain("do not compile");

        printed.reset();
        Path file = Files.writeString(dir.resolve("tier.drl"), "");
        assertThat(checkRules(file.toString())).isEqualTo(1);
        assertThat(output()).contains("FAIL  " + file + " is not a rules folder: it is a file.");
    }

    @Test
    void theJsonReportOfAFolderThatIsNotThereNamesItAsAnError() throws IOException {
        assertThat(checkRules("--json", dir.resolve("missing").toString())).isEqualTo(1);
        assertThat(new ObjectMapper().readTree(output()).at("/errors/0/message").asText())
                .isEqualTo("the rules folder does not exist or is not a folder");
    }

    @Test
    void aLanguageWithoutHintsOrAnOptionGivenAsTheLanguageIsBadUsage() {
        assertThat(checkRules("--lang", "fr", dir.toString())).isEqualTo(2);
        assertThat(checkRules("--lang", "--json", dir.toString())).isEqualTo(2);
        assertThat(checkRules("--lang")).isEqualTo(2);
        assertThat(output()).startsWith("check-rules: --lang takes en or ko, the languages of the hints\nusage: check-rules")
                .doesNotContain("Checking the rules");
    }

    @Test
    void anUnknownOptionOrTwoFoldersIsBadUsageSayingWhich() {
        assertThat(checkRules("--jsn", dir.toString())).isEqualTo(2);
        assertThat(output()).startsWith("check-rules: unknown option --jsn\n" + CheckRules.USAGE);
        printed.reset();
        assertThat(checkRules(dir.toString(), dir.toString())).isEqualTo(2);
        assertThat(output()).startsWith("check-rules: one rules folder at a time\n" + CheckRules.USAGE);
    }

    @Test
    void otherArgumentsStartTheService() {
        assertThat(Commands.run(new String[] {}, System.out)).isEmpty();
        assertThat(Commands.run(new String[] {"-Dsomething"}, System.out)).isEmpty();
    }
}
