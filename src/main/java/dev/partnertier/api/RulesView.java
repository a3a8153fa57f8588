package dev.partnertier.api;

import java.time.Instant;
import java.util.List;

import dev.partnertier.engine.ReloadFailure;
import dev.partnertier.engine.RuleFileInfo;
import dev.partnertier.engine.RuleInfo;
import dev.partnertier.engine.RuleProblem;
import dev.partnertier.engine.RuleSet;

/** {@code GET /rules}: the rules answering now, where they come from, and the last reload that failed. */
public record RulesView(
        String version,
        Instant loadedAt,
        String dir,
        boolean reloadEnabled,
        List<RuleFileInfo> files,
        List<RuleInfo> rules,
        List<RuleProblem> warnings,
        ReloadFailure lastReloadError) {

    static RulesView of(RuleSet rules, String dir, boolean reloadEnabled, ReloadFailure lastFailure) {
        return new RulesView(rules.version(), rules.compiledAt(), dir, reloadEnabled, rules.files(), rules.rules(),
                rules.warnings(), lastFailure);
    }
}
