package dev.partnertier.activation;

import java.nio.file.Path;

import dev.partnertier.observability.RulesMetrics;

/** Starts activation without Quarkus, for tests of the packages that use it. */
public final class ActivationForTests {

    private ActivationForTests() {
    }

    /** Settings for this rules folder, with no watching. */
    public static RulesConfig config(Path dir) {
        return new TestConfig(dir);
    }

    /** Active rules loaded from the configured folder, as at start-up. */
    public static ActiveRules started(RulesConfig config, RulesLoader loader, RulesMetrics metrics) {
        ActiveRules active = new ActiveRules(config, loader, metrics);
        active.onStart(null);
        return active;
    }
}
