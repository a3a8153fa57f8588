package dev.partnertier.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.partnertier.contract.PartnerReader;
import dev.partnertier.contract.RequestLimits;
import dev.partnertier.contract.StrictJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import dev.partnertier.activation.ActivationForTests;
import dev.partnertier.activation.ActiveRules;
import dev.partnertier.activation.RulesConfig;
import dev.partnertier.activation.RulesLoader;
import dev.partnertier.engine.CompileGate;
import dev.partnertier.engine.RuleCompiler;
import dev.partnertier.engine.RuleFile;
import dev.partnertier.observability.RulesMetrics;
import dev.partnertier.security.PostedRuleProbes;
import dev.partnertier.testing.Partners;
import dev.partnertier.testing.RulesCopy;

/** Validation compiles posted DRL and reports; nothing in it ever runs in the service. */
class PostedRulesAreNeverRunTest {

    @TempDir
    Path dir;
    private ActiveRules active;
    private RulesAnalysis analysis;

    @BeforeEach
    void start() throws IOException {
        RulesCopy.copy(dir);
        RulesConfig config = ActivationForTests.config(dir);
        RulesLoader loader = new RulesLoader(new CompileGate());
        active = ActivationForTests.started(config, loader, new RulesMetrics(new SimpleMeterRegistry()));
        analysis = new RulesAnalysis(active, loader, config,
                new PartnerReader(StrictJson.configure(new ObjectMapper()), RequestLimits.NONE));
    }

    /** Where a refused probe is refused, and a word the refusal says. */
    private record Refused(int line, String says) {
    }

    private static final Map<String, Refused> REFUSED = Map.of(
            "declared-type", new Refused(4, "'trace'"),
            "rule-annotation", new Refused(4, "@note of rule \"A rule whose annotation writes a file\""),
            "query-annotation", new Refused(4, "@note of query"));

    @Test
    void theProbesDoLeaveATraceWhenTheyRun() {
        PostedRuleProbes probes = new PostedRuleProbes();
        for (Map.Entry<String, String> probe : probes.files().entrySet()) {
            List<RuleFile> files = new ArrayList<>(active.get().rules().sources());
            files.add(new RuleFile(probe.getKey() + ".drl", probe.getValue()));

            new RuleCompiler().compile(files).evaluate(Partners.mature().build());

            assertThat(probes.marker(probe.getKey())).as("the %s probe, run", probe.getKey()).exists();
        }
    }

    @Test
    void validatingThemLeavesNoTrace() {
        PostedRuleProbes probes = new PostedRuleProbes();
        for (Map.Entry<String, String> probe : probes.files().entrySet()) {
            RulesReport result = analysis.validate(List.of(new RuleFile(probe.getKey() + ".drl", probe.getValue())));

            Refused refused = REFUSED.get(probe.getKey());
            assertThat(refused != null).as("the %s probe refused", probe.getKey()).isEqualTo(PostedRuleProbes.refused(probe.getKey()));
            if (refused != null) {
                // Drools works these values out while compiling: such a file is refused, not compiled.
                assertThat(result.valid()).isFalse();
                assertThat(result.errors()).singleElement().satisfies(e -> {
                    assertThat(e.file()).isEqualTo(probe.getKey() + ".drl");
                    assertThat(e.line()).isEqualTo(refused.line());
                    assertThat(e.message()).contains(refused.says(), "plain value");
                });
            } else {
                assertThat(result.valid()).as("the %s probe compiles (so it was really compiled)", probe.getKey()).isTrue();
            }
        }
        assertThat(probes.traces()).as("files written by posted rules").isEmpty();
    }

    @Test
    void aDeclaredTypeWithPlainDefaultValuesIsStillCompiled() {
        RulesReport result = analysis.validate(List.of(new RuleFile("types.drl", """
                package rules;
                declare Note
                    text : String = "none"
                    count : int = 3
                    ratio : double = -1.5
                    on : boolean = true
                end
                """)));

        assertThat(result.errors()).isEmpty();
        assertThat(result.valid()).isTrue();
    }

    @Test
    void annotationsWithPlainValuesAreStillCompiled() {
        RulesReport result = analysis.validate(List.of(new RuleFile("annotated.drl", """
                package rules;
                import dev.partnertier.model.*;
                rule "An annotated rule"
                    @description("Plain values only.")
                    @category(performance)
                    @weight(3)
                    @owner(team = "analysts", reviewed = true)
                when
                    Partner()
                then
                end
                """)));

        assertThat(result.errors()).isEmpty();
        assertThat(result.valid()).isTrue();
    }

    @Test
    void anAnnotationOfARuleIsRefusedWhateverItsShape() {
        RulesReport result = analysis.validate(List.of(new RuleFile("shapes.drl", """
                package rules;
                import dev.partnertier.model.*;
                rule "Named by a method call"
                    @owner(team = System.getProperty("user.name"))
                when
                    Partner()
                then
                end
                rule "Named by a field read"
                    @note(java.io.File.separator)
                when
                    Partner()
                then
                end
                """)));

        assertThat(result.valid()).isFalse();
        assertThat(result.errors()).extracting(e -> e.line()).containsExactly(4, 10);
    }
}
