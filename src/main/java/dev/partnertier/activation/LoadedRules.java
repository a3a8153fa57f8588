package dev.partnertier.activation;

import java.time.Instant;

import dev.partnertier.engine.RuleSet;
import dev.partnertier.wording.Wording;

/**
 * One version of the rules folder, compiled and ready to decide: its rules and the wording of its answers, which
 * go live and are replaced together.
 */
public record LoadedRules(RuleSet rules, Wording wording) {

    /** The hash of the rule files' contents (DRL and wording) that every decision names. */
    public String version() {
        return rules.version();
    }

    public Instant loadedAt() {
        return rules.compiledAt();
    }
}
