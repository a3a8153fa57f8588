package dev.partnertier.testing;

import java.nio.file.Path;

import dev.partnertier.activation.LoadedRules;
import dev.partnertier.activation.RulesLoader;
import dev.partnertier.engine.CompileGate;
import dev.partnertier.engine.RuleFiles;

/** The project's own rules folder, loaded once for all plain (no Quarkus) tests: loading takes seconds. */
public final class SeedRules {

    private static LoadedRules loaded;

    private SeedRules() {
    }

    public static synchronized LoadedRules get() {
        if (loaded == null) {
            loaded = load(RulesCopy.SEED);
        }
        return loaded;
    }

    /** Loads (compiles, reads the wording, warms up) the rules of a folder. */
    public static LoadedRules load(Path dir) {
        return new RulesLoader(new CompileGate()).load(dir, RuleFiles.read(dir));
    }
}
