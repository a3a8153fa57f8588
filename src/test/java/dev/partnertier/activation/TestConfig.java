package dev.partnertier.activation;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The rules settings of a test that drives activation without Quarkus: this folder, its own scenarios or another
 * folder's, no watching, and reloads refused on a failing scenario or not.
 */
record TestConfig(Path folder, Path scenarios, boolean requirePassingScenarios) implements RulesConfig {

    TestConfig(Path folder) {
        this(folder, null, false);
    }

    @Override
    public Optional<String> scenariosDir() {
        return Optional.ofNullable(scenarios).map(Path::toString);
    }

    @Override
    public String dir() {
        return folder.toString();
    }

    @Override
    public Duration compileWait() {
        return Duration.ofSeconds(2);
    }

    @Override
    public boolean candidatesEnabled() {
        return true;
    }

    @Override
    public Reload reload() {
        return new Reload() {
            @Override
            public boolean enabled() {
                return false;
            }

            @Override
            public Duration debounce() {
                return Duration.ZERO;
            }

            @Override
            public Duration pollInterval() {
                return Duration.ZERO;
            }

            @Override
            public boolean requirePassingScenarios() {
                return requirePassingScenarios;
            }
        };
    }
}
