package dev.partnertier.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The seed rules, with scenarios from a folder of their own ({@code rules.scenarios-dir}) as analysts' editors leave
 * them: a name with a space, a file saved in Latin-1, one saved with Windows line ends, one that is not JSON (line 4), one
 * whose Korean is written in JSON escapes (as Python writes it), and an editor's hidden lock file.
 */
public class OddScenarioFiles implements QuarkusTestProfile {

    /** A scenario with its name and tier to fill in. */
    public static final String SCENARIO = """
            {"name": "%s", "request": {"partnerId": "p", "market": "MATURE"}, "expect": {"tier": "%s"}}
            """;

    /** The scenarios folder. */
    public static final Path SCENARIOS;

    static {
        try {
            SCENARIOS = Files.createTempDirectory("partner-tier-odd-scenarios");
            Files.writeString(SCENARIOS.resolve("my scenarios.json"), SCENARIO.formatted("With a space in its file", "NONE"));
            Files.write(SCENARIOS.resolve("latin1.json"), SCENARIO.formatted("Café", "NONE").getBytes(StandardCharsets.ISO_8859_1));
            Files.writeString(SCENARIOS.resolve(".#my scenarios.json"), "an editor's lock file");
            Files.writeString(SCENARIOS.resolve("broken.json"), "[\n" + SCENARIO.formatted("Fine", "NONE") + ",\n{\"name\": \"x\"\n  \"request\": {}}\n]\n");
            Files.writeString(SCENARIOS.resolve("escaped.json"), SCENARIO.formatted("\\uD2F0\\uC5B4", "NONE")); // 티어, as Python writes it
            Files.writeString(SCENARIOS.resolve("windows.json"), ("[\n" + SCENARIO.formatted("Saved on Windows", "NONE").strip() + "\n]\n")
                    .replace("\n", "\r\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("rules.scenarios-dir", SCENARIOS.toString());
    }
}
