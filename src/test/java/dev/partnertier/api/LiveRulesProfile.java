package dev.partnertier.api;

import java.nio.file.Path;
import java.util.Map;

import dev.partnertier.testing.RulesCopy;
import io.quarkus.test.junit.QuarkusTestProfile;

/** The service serving a private copy of the rules folder, which the test edits like an analyst would. */
public class LiveRulesProfile implements QuarkusTestProfile {

    static final Path RULES = RulesCopy.temporary("partner-tier-live-rules");

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("rules.dir", RULES.toString(), "rules.reload.debounce", "200ms");
    }
}
