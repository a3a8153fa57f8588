package dev.partnertier.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.partnertier.engine.Utf8Text;

/** One rule for the names of scenario files, whether the folder is read, listed or posted to. */
class ScenarioFilesTest {

    private static final String SCENARIO = """
            {"name": "%s", "request": {"partnerId": "p", "market": "MATURE"}, "expect": {"tier": "NONE"}}
            """;

    @Test
    void aFolderIsReadAndListedByTheSameNamesAndHiddenFilesAreNotScenarios(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("my scenarios.json"), SCENARIO.formatted("with a space"));
        Files.writeString(folder.resolve("티어.json"), SCENARIO.formatted("in Korean"));
        Files.writeString(folder.resolve(".#tier.json"), "an editor's lock, not JSON");
        Files.writeString(folder.resolve("notes.txt"), "not a scenario");
        Files.createDirectory(folder.resolve("old.json"));

        assertThat(ScenarioFiles.names(folder)).containsExactly("my scenarios.json", "티어.json");
        ScenarioFiles.Loaded loaded = ScenarioFiles.read(folder);
        assertThat(loaded.scenarios()).extracting(Scenario::name).containsExactly("with a space", "in Korean");
        assertThat(loaded.unreadable()).isEmpty();
        assertThat(ScenarioFiles.names(folder.resolve("missing"))).isEmpty();
    }

    @Test
    void aNameThatCanBeListedCanBePostedAndNoOtherCan() {
        assertThat("my scenarios.json").matches(ScenarioFiles.FILE_NAME);
        assertThat("티어.json").matches(ScenarioFiles.FILE_NAME);
        assertThat("q?#%41.json").matches(ScenarioFiles.FILE_NAME);
        assertThat("../tier.json").doesNotMatch(ScenarioFiles.FILE_NAME);
        assertThat("a/tier.json").doesNotMatch(ScenarioFiles.FILE_NAME);
        assertThat("a\\tier.json").doesNotMatch(ScenarioFiles.FILE_NAME);
        assertThat(".hidden.json").doesNotMatch(ScenarioFiles.FILE_NAME);
        assertThat("tier.json\n").doesNotMatch(ScenarioFiles.FILE_NAME);
        assertThat("tier.txt").doesNotMatch(ScenarioFiles.FILE_NAME);
    }

    @Test
    void aFileIsReadByAListedNameOnlyAndOneNotInUtf8SaysWhere(@TempDir Path root) throws Exception {
        Path folder = Files.createDirectory(root.resolve("scenarios"));
        Files.writeString(root.resolve("secret.json"), "{}");
        Files.write(folder.resolve("latin1.json"), "[{\"name\": \"café\"}]".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(folder.resolve("tier.json"), SCENARIO.formatted("t"));

        assertThat(ScenarioFiles.text(folder, "tier.json")).contains(SCENARIO.formatted("t"));
        assertThat(ScenarioFiles.text(folder, "../secret.json")).isEmpty();
        assertThat(ScenarioFiles.text(folder, "nothing.json")).isEmpty();
        assertThatThrownBy(() -> ScenarioFiles.text(folder, "latin1.json")).isInstanceOfSatisfying(Utf8Text.NotUtf8Exception.class,
                e -> assertThat(e.line()).isEqualTo(1));
    }

    @Test
    void aNameUsedTwiceInOneFileFailsTheSecondScenarioAndSaysWhichHasItWhileAnotherFileMayUseIt(@TempDir Path folder)
            throws IOException {
        Files.writeString(folder.resolve("a.json"), "[" + SCENARIO.formatted("small") + "," + SCENARIO.formatted("large")
                + "," + SCENARIO.formatted("small") + "]");
        Files.writeString(folder.resolve("b.json"), SCENARIO.formatted("small"));

        ScenarioFiles.Loaded loaded = ScenarioFiles.read(folder);

        assertThat(loaded.scenarios()).extracting(Scenario::name, Scenario::file)
                .containsExactly(tuple("small", "a.json"), tuple("large", "a.json"), tuple("small", "b.json"));
        assertThat(loaded.unreadable()).singleElement().satisfies(result -> {
            assertThat(result.name()).isEqualTo("small");
            assertThat(result.file()).isEqualTo("a.json");
            assertThat(result.passed()).isFalse();
            ScenarioResult.Mismatch mismatch = result.mismatches().get(0);
            assertThat(mismatch.expected()).isEqualTo("a name no other scenario of its file has");
            assertThat(mismatch.actual()).isEqualTo("the name of scenario #1 of this file (this one is #3, counting from 1)");
            ScenarioResult.Mismatch korean = result.in(Locale.KOREAN).mismatches().get(0);
            assertThat(korean.expected()).isEqualTo("파일 안의 다른 시나리오에 없는 이름");
            assertThat(korean.actual()).isEqualTo("이 파일의 1번 시나리오와 같은 이름(이 시나리오는 3번, 1부터 셈)");
        });
    }
}
