package dev.partnertier.engine;

import java.nio.file.Path;

/** The project's own rules folder, compiled once for all plain rule tests (compiling takes seconds). */
final class RulesFolder {

    static final Path DIR = Path.of("rules");

    private static RuleSet compiled;

    private RulesFolder() {
    }

    static synchronized RuleSet ruleSet() {
        if (compiled == null) {
            compiled = new RuleCompiler().compile(RuleFiles.read(DIR));
        }
        return compiled;
    }

    static Evaluation evaluate(Partners partner) {
        return ruleSet().evaluate(partner.build());
    }
}
