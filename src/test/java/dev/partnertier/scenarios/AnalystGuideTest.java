package dev.partnertier.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.partnertier.engine.Evaluation;
import dev.partnertier.engine.RuleCompiler;
import dev.partnertier.engine.RuleFiles;
import dev.partnertier.engine.RuleSet;
import dev.partnertier.model.Customer;
import dev.partnertier.model.Individual;
import dev.partnertier.model.Market;
import dev.partnertier.model.Partner;
import dev.partnertier.model.PartnerFacts;
import dev.partnertier.model.Tier;
import dev.partnertier.model.Workload;

/**
 * Every example of rules/README.md, applied as written to a copy of the rules, does what the guide says.
 * The examples are read from the guide itself, so the guide cannot drift from what works.
 */
class AnalystGuideTest {

    private static final Path GUIDE = Path.of("rules", "README.md");
    private static final Pattern EDIT = Pattern.compile(
            "<!-- example: ([a-z-]+) in ([a-z-]+\\.drl) -->.*?```drl\\n(.*?)```.*?```drl\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern SCENARIO = Pattern.compile("<!-- example: scenario -->\\s*```json\\n(.*?)```", Pattern.DOTALL);

    private record Edit(String file, String find, String replace) {
    }

    @TempDir
    Path copy;

    private static Map<String, Edit> edits() throws IOException {
        Map<String, Edit> edits = new LinkedHashMap<>();
        Matcher m = EDIT.matcher(Files.readString(GUIDE));
        while (m.find()) {
            edits.put(m.group(1), new Edit(m.group(2), m.group(3), m.group(4)));
        }
        return edits;
    }

    private RuleSet rulesWith(String example) throws IOException {
        Edit edit = edits().get(example);
        assertThat(edit).as("example " + example + " in the guide").isNotNull();
        RulesCopy.copy(copy);
        RulesCopy.replace(copy.resolve(edit.file()), edit.find(), edit.replace());
        return new RuleCompiler().compile(RuleFiles.read(copy));
    }

    private static PartnerFacts partner(String tenant, Set<String> associations, String workload, long users, Individual... people) {
        return new PartnerFacts(new Partner("p", "P", Market.MATURE), java.util.List.of(new Customer(tenant, associations)),
                java.util.List.of(new Workload(tenant, workload, users, false)), java.util.List.of(people));
    }

    private static Individual person(Set<String> exams, Set<String> certifications) {
        return new Individual("a", "Ana", exams, certifications);
    }

    private static final Individual QUALIFIED = person(Set.of("70-346", "70-347"), Set.of());

    @Test
    void theGuideHasATestForEveryExample() throws IOException {
        assertThat(edits().keySet()).containsExactlyInAnyOrder("silver-threshold", "add-workload", "add-association",
                "add-exam-route", "add-certification", "change-wording");
        assertThat(SCENARIO.matcher(Files.readString(GUIDE)).find()).isTrue();
    }

    @Test
    void changingTheSilverThresholdChangesTheAnswer() throws IOException {
        PartnerFacts at2200 = partner("t", Set.of("DELEGATED_ADMIN"), "EXCHANGE_ONLINE", 2200, QUALIFIED);
        assertThat(new RuleCompiler().compile(RuleFiles.read(Path.of("rules"))).evaluate(at2200).verdict().tier()).isEqualTo(Tier.SILVER);

        RuleSet edited = rulesWith("silver-threshold");

        Evaluation e = edited.evaluate(at2200);
        assertThat(e.verdict().tier()).isEqualTo(Tier.NONE);
        assertThat(e.explanation()).contains("Silver performance not met: 2,200 active entitlements, 2,500 required in a mature market");
        assertThat(edited.evaluate(partner("t", Set.of("DELEGATED_ADMIN"), "EXCHANGE_ONLINE", 2500, QUALIFIED)).verdict().tier())
                .isEqualTo(Tier.SILVER);
    }

    @Test
    void anAddedWorkloadCounts() throws IOException {
        Evaluation e = rulesWith("add-workload").evaluate(partner("t", Set.of("DELEGATED_ADMIN"), "MICROSOFT_TEAMS", 2000, QUALIFIED));

        assertThat(e.activeEntitlements()).isEqualTo(2000);
        assertThat(e.exclusions()).isEmpty();
    }

    @Test
    void anAddedAssociationCounts() throws IOException {
        Evaluation e = rulesWith("add-association").evaluate(partner("t", Set.of("CLOUD_SOLUTION_PROVIDER"), "YAMMER", 2000, QUALIFIED));

        assertThat(e.activeEntitlements()).isEqualTo(2000);
        assertThat(e.verdict().tier()).isEqualTo(Tier.SILVER);
    }

    @Test
    void anAddedExamRouteQualifiesAndAPersonStillCountsOnce() throws IOException {
        RuleSet rules = rulesWith("add-exam-route");

        Evaluation successor = rules.evaluate(partner("t", Set.of("DELEGATED_ADMIN"), "YAMMER", 1, person(Set.of("MS-100", "MS-101"), Set.of())));
        Evaluation both = rules.evaluate(partner("t", Set.of("DELEGATED_ADMIN"), "YAMMER", 1,
                person(Set.of("MS-100", "MS-101", "70-346", "70-347"), Set.of())));

        assertThat(successor.qualifiedIndividuals()).isEqualTo(1);
        assertThat(successor.qualifications()).extracting(q -> q.route()).containsExactly("MS_EXAMS");
        assertThat(both.qualifiedIndividuals()).isEqualTo(1);
        assertThat(both.qualifications()).hasSize(2);
    }

    @Test
    void anAddedCertificationQualifies() throws IOException {
        Evaluation e = rulesWith("add-certification").evaluate(
                partner("t", Set.of("DELEGATED_ADMIN"), "YAMMER", 1, person(Set.of(), Set.of("MCSE_PRODUCTIVITY"))));

        assertThat(e.qualifiedIndividuals()).isEqualTo(1);
    }

    @Test
    void aRewordedSentenceIsWhatTheAnswerSays() throws IOException {
        PartnerFacts trial = new PartnerFacts(new Partner("p", "P", Market.MATURE),
                java.util.List.of(new Customer("t", Set.of("DELEGATED_ADMIN"))),
                java.util.List.of(new Workload("t", "YAMMER", 40, true)), java.util.List.of());

        Evaluation e = rulesWith("change-wording").evaluate(trial);

        assertThat(e.exclusions()).singleElement().satisfies(x -> assertThat(x.explanation())
                .isEqualTo("Trial SKU YAMMER of customer t is not included in the performance figures (40 active users not counted)."));
    }

    @Test
    void theExampleScenarioPasses() throws IOException {
        Matcher m = SCENARIO.matcher(Files.readString(GUIDE));
        assertThat(m.find()).isTrue();

        ScenarioReport report = new ScenarioRunner(RulesCheck.standaloneChecks()::check)
                .run(new RuleCompiler().compile(RuleFiles.read(Path.of("rules"))), ScenarioFiles.parse("README.md", m.group(1)));

        assertThat(report.scenarios()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Silver at exactly 2,000 in a mature market with one qualified person");
            assertThat(r.mismatches()).isEmpty();
        });
    }
}
