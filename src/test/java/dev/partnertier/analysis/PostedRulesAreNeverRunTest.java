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

            if (probe.getKey().equals("declared-type")) {
                // Drools works a field's default value out while compiling: such a file is refused, not compiled.
                assertThat(result.valid()).isFalse();
                assertThat(result.errors()).singleElement().satisfies(e -> {
                    assertThat(e.file()).isEqualTo("declared-type.drl");
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.message()).contains("'trace'", "plain value");
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
}
