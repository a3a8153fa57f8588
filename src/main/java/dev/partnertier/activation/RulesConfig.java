package dev.partnertier.activation;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the rules are and how edits to them go live. */
@ConfigMapping(prefix = "rules")
public interface RulesConfig {

    /** The rules folder (env {@code RULES_DIR}); relative paths are resolved against the working directory. */
    @WithDefault("rules")
    String dir();

    /**
     * The scenarios the rules are warmed up with and checked against when they load (env {@code RULES_SCENARIOS_DIR}):
     * by default the rules folder's {@code scenarios/}. A Kubernetes ConfigMap holds no folder, so the manifest mounts
     * the scenarios from a second one and names it here.
     */
    Optional<String> scenariosDir();

    /**
     * How long {@code POST /rules/validate} waits for another compile to finish before it answers 503 with
     * {@code Retry-After}: one compile runs at a time per replica.
     */
    @WithDefault("2s")
    Duration compileWait();

    Reload reload();

    /**
     * Let analysts run candidate rules on partners: {@code POST /rules/simulate}, {@code POST /rules/try} with
     * edited files, {@code POST /rules/try-scenarios}, and the workbench's what-if and scenarios on an edit (env
     * {@code RULES_CANDIDATES_ENABLED}). Candidate rules are code that runs inside this process; an operator who does
     * not want that sets this to false (403 then).
     */
    @WithDefault("true")
    boolean candidatesEnabled();

    interface Reload {

        /** Watch the rules folder and put edits live without a restart (env {@code RULES_RELOAD_ENABLED}). */
        @WithDefault("true")
        boolean enabled();

        /**
         * How long the folder must stay quiet after a change before it is compiled, so that an editor's
         * half-written save (or a checkout touching several files) is not compiled halfway.
         */
        @WithDefault("300ms")
        Duration debounce();

        /**
         * How often the folder's content is also compared with the active rules, for file systems that send no
         * change events (some network and container mounts). 0 turns the check off.
         */
        @WithDefault("5s")
        Duration pollInterval();

        /**
         * Refuse an edit on which a scenario of {@code rules.scenarios-dir} fails, as {@code ./mvnw verify} refuses it,
         * instead of putting it live with the failing scenarios in {@code GET /rules} (env
         * {@code RULES_RELOAD_REQUIRE_PASSING_SCENARIOS}). The refused edit is tried again when the scenarios change.
         * Off by default: an analyst may change a threshold before its scenarios. The rules at start-up have no
         * earlier ones to fall back on: they are loaded, and a scenario failing on them is logged as an error and shown
         * in readiness and {@code partner_tier_rules_scenarios{result="failed"}}.
         */
        @WithDefault("false")
        boolean requirePassingScenarios();
    }
}
