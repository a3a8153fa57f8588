package dev.partnertier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import dev.partnertier.scenarios.RulesCopy;
import dev.partnertier.security.PostedRuleProbes;

/** Validation compiles posted DRL and reports; nothing in it ever runs in the service. */
class PostedRulesAreNeverRunTest {

    @TempDir
    Path dir;
    private RulesRegistry registry;

    @BeforeEach
    void start() throws IOException {
        RulesCopy.copy(dir);
        registry = new RulesRegistry(RulesRegistryTest.config(dir), new SimpleMeterRegistry(), new CompileGate());
        registry.onStart(null);
    }

    @Test
    void theProbesDoLeaveATraceWhenTheyRun() {
        PostedRuleProbes probes = new PostedRuleProbes();
        for (Map.Entry<String, String> probe : probes.files().entrySet()) {
            List<RuleFile> files = new ArrayList<>(registry.active().sources());
            files.add(new RuleFile(probe.getKey() + ".drl", probe.getValue()));

            new RuleCompiler().compile(files).evaluate(Partners.mature().build());

            assertThat(probes.marker(probe.getKey())).as("the %s probe, run", probe.getKey()).exists();
        }
    }

    @Test
    void validatingThemLeavesNoTrace() {
        PostedRuleProbes probes = new PostedRuleProbes();
        for (Map.Entry<String, String> probe : probes.files().entrySet()) {
            RulesValidation result = registry.validate(List.of(new RuleFile(probe.getKey() + ".drl", probe.getValue())));

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
        RulesValidation result = registry.validate(List.of(new RuleFile("types.drl", """
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
