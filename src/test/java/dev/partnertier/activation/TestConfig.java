package dev.partnertier.activation;

import java.nio.file.Path;
import java.time.Duration;

/** The rules settings of a test that drives activation without Quarkus: this folder, no watching. */
record TestConfig(Path folder) implements RulesConfig {

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
        };
    }
}
