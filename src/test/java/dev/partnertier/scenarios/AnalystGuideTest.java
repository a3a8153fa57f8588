package dev.partnertier.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.partnertier.activation.LoadedRules;
import dev.partnertier.answer.Answers;
import dev.partnertier.answer.EvaluationResponse;
import dev.partnertier.model.PartnerFacts;
import dev.partnertier.model.Tier;
import dev.partnertier.testing.Partners;
import dev.partnertier.cli.Commands;
import dev.partnertier.testing.RulesCopy;
import dev.partnertier.testing.SeedRules;

/**
 * Every example of rules/README.md, applied as written to a copy of the rules, does what the guide says. The
 * examples are read from the guide itself, so the guide cannot drift from what works.
 */
class AnalystGuideTest {

    private static final Path GUIDE = RulesCopy.SHIPPED.resolve("README.md"); // its examples are tried on the seed rules
    private static final Pattern EDIT = Pattern.compile(
            "<!-- example: ([a-z-]+) in ([a-z_-]+\\.(?:drl|properties)) -->.*?```(?:drl|properties)\\n(.*?)```.*?```(?:drl|properties)\\n(.*?)```",
            Pattern.DOTALL);
    private static final Pattern SCENARIO = Pattern.compile("<!-- example: scenario -->\\s*```json\\n(.*?)```", Pattern.DOTALL);

    private record Edit(String file, String find, String replace) {
    }

    @TempDir
    Path copy;

    private static Map<String, List<Edit>> edits() throws IOException {
        Map<String, List<Edit>> edits = new LinkedHashMap<>();
        Matcher m = EDIT.matcher(Files.readString(GUIDE));
        while (m.find()) {
            edits.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(new Edit(m.group(2), m.group(3), m.group(4)));
        }
        return edits;
    }

    private LoadedRules rulesWith(String example) throws IOException {
        List<Edit> edits = edits().get(example);
        assertThat(edits).as("example " + example + " in the guide").isNotNull();
        RulesCopy.copy(copy);
        for (Edit edit : edits) {
            RulesCopy.replace(copy.resolve(edit.file()), edit.find(), edit.replace());
        }
        return SeedRules.load(copy);
    }

    private static EvaluationResponse answer(LoadedRules rules, PartnerFacts partner) {
        return Answers.of(partner, rules.rules().evaluate(partner), rules.wording().in("en"));
    }

    private static List<String> excludedReasons(EvaluationResponse answer) {
        List<String> reasons = new ArrayList<>();
        answer.excluded().forEach(x -> reasons.add(x.reason()));
        return reasons;
    }

    @Test
    void theGuideHasATestForEveryExample() throws IOException {
        assertThat(edits().keySet()).containsExactlyInAnyOrder("silver-threshold", "add-workload", "add-association",
                "change-exam", "add-route", "change-wording", "broken-threshold");
        assertThat(SCENARIO.matcher(Files.readString(GUIDE)).find()).isTrue();
    }

    @Test
    void aBrokenThresholdIsReportedAsTheGuideShows() throws IOException {
        RulesCopy.copy(copy);
        for (Edit edit : edits().get("broken-threshold")) {
            RulesCopy.replace(copy.resolve(edit.file()), edit.find(), edit.replace());
        }
        Matcher shown = Pattern.compile("<!-- output: broken-threshold -->\\s*```text\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(GUIDE));
        assertThat(shown.find()).isTrue();

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = Commands.run(new String[] {"check-rules", copy.toString()}, new PrintStream(printed, true, StandardCharsets.UTF_8)).orElseThrow();

        assertThat(exit).isEqualTo(1);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains(shown.group(1));
    }

    @Test
    void changingTheSilverThresholdChangesTheAnswerAndTheGap() throws IOException {
        PartnerFacts at2200 = Partners.mature().associatedCustomer("t", "EXCHANGE_ONLINE", 2200).byExams("a").build();
        assertThat(answer(SeedRules.get(), at2200).tier()).isEqualTo(Tier.SILVER);

        LoadedRules edited = rulesWith("silver-threshold");

        EvaluationResponse answer = answer(edited, at2200);
        assertThat(answer.tier()).isEqualTo(Tier.NONE);
        assertThat(answer.explanation()).contains("Silver performance not met: 2,200 active entitlements, 2,500 required in a mature market");
        assertThat(answer.gaps().get(0).missing().get(0).amount()).isEqualTo(300);
        assertThat(answer(edited, Partners.mature().associatedCustomer("t", "EXCHANGE_ONLINE", 2500).byExams("a").build()).tier())
                .isEqualTo(Tier.SILVER);
    }

    @Test
    void anAddedWorkloadCounts() throws IOException {
        EvaluationResponse answer = answer(rulesWith("add-workload"),
                Partners.mature().associatedCustomer("t", "MICROSOFT_TEAMS", 2000).byExams("a").build());

        assertThat(answer.activeEntitlements()).isEqualTo(2000);
        assertThat(excludedReasons(answer)).isEmpty();
    }

    @Test
    void anAddedAssociationCounts() throws IOException {
        EvaluationResponse answer = answer(rulesWith("add-association"),
                Partners.mature().customer("t", Set.of("CLOUD_SOLUTION_PROVIDER"), "YAMMER", 2000).byExams("a").build());

        assertThat(answer.activeEntitlements()).isEqualTo(2000);
        assertThat(answer.tier()).isEqualTo(Tier.SILVER);
    }

    @Test
    void aChangedExamIsAskedForEverywhere() throws IOException {
        LoadedRules rules = rulesWith("change-exam");

        EvaluationResponse successor = answer(rules, Partners.mature().individual("a", Set.of("MS-100", "70-347"), Set.of()).build());
        EvaluationResponse retired = answer(rules, Partners.mature().individual("a", Set.of("70-346", "70-347"), Set.of()).build());

        assertThat(successor.qualifiedIndividuals()).isEqualTo(1);
        assertThat(retired.qualifiedIndividuals()).isZero();
        assertThat(retired.excluded()).singleElement().satisfies(x -> assertThat(x.explanation()).contains("still needs exam MS-100"));
        assertThat(retired.gaps().get(0).missing()).anySatisfy(m -> assertThat(m.closest()).singleElement()
                .satisfies(c -> assertThat(c.missing()).containsExactly("MS-100")));
    }

    @Test
    void anAddedRouteQualifiesAPersonCountsOnceAndEverySentenceExists() throws IOException {
        LoadedRules rules = rulesWith("add-route");

        PartnerFacts successor = Partners.mature().individual("a", Set.of("MS-100", "MS-101"), Set.of()).build();
        PartnerFacts both = Partners.mature().individual("a", Set.of("MS-100", "MS-101", "70-346", "70-347"), Set.of()).build();
        PartnerFacts neither = Partners.mature().individual("a", Set.of("MS-100"), Set.of()).build();

        assertThat(answer(rules, successor).qualifications()).singleElement().satisfies(q -> {
            assertThat(q.route()).isEqualTo("MS_EXAMS");
            assertThat(q.explanation()).isEqualTo("Person a (a) is qualified: passed exams MS-100 and MS-101.");
        });
        assertThat(answer(rules, both).qualifiedIndividuals()).isEqualTo(1);
        assertThat(answer(rules, both).qualifications()).hasSize(2);
        for (String language : rules.wording().languages()) {
            for (PartnerFacts partner : List.of(successor, both, neither)) {
                ScenarioRunner.sentences(Answers.of(partner, rules.rules().evaluate(partner), rules.wording().in(language)));
            }
        }
        assertThat(rules.wording().missing()).isEmpty();
    }

    @Test
    void aRewordedSentenceIsWhatTheAnswerSays() throws IOException {
        PartnerFacts.Builder builder = PartnerFacts.builder().partner("p", dev.partnertier.model.Market.MATURE);
        builder.workload(builder.customer("t", Set.of("DELEGATED_ADMIN")), "t", "YAMMER", 40, true);
        PartnerFacts trial = builder.build();

        EvaluationResponse answer = answer(rulesWith("change-wording"), trial);

        assertThat(answer.excluded()).singleElement().satisfies(x -> assertThat(x.explanation())
                .isEqualTo("Trial SKU Yammer of customer t is not included in the performance figures (40 active users not counted)."));
    }

    @Test
    void theExampleScenarioPasses() throws IOException {
        Matcher m = SCENARIO.matcher(Files.readString(GUIDE));
        assertThat(m.find()).isTrue();
        LoadedRules rules = SeedRules.get();

        ScenarioReport report = ScenarioRunner.run(rules.rules(), rules.wording(), ScenarioFiles.parse("README.md", m.group(1)));

        assertThat(report.scenarios()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Silver at exactly 2,000 in a mature market with one qualified person");
            assertThat(r.mismatches()).isEmpty();
        });
    }
}
