package dev.partnertier.testing;

import java.nio.file.Path;

import dev.partnertier.activation.LoadedRules;
import dev.partnertier.activation.RulesLoader;
import dev.partnertier.engine.CompileGate;
import dev.partnertier.engine.RuleFiles;

/**
 * The seed rules ({@link RulesCopy#SEED}), loaded once for all plain (no Quarkus) tests: loading takes seconds; and
 * any other folder loaded the same way.
 */
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

    /** Loads (compiles, reads the wording, warms up) the rules of any folder: a copy, or {@code rules/} itself. */
    public static LoadedRules load(Path dir) {
        return new RulesLoader(new CompileGate()).load(dir, RuleFiles.read(dir));
    }
}
