package dev.partnertier.api;

import static dev.partnertier.security.Callers.analyst;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.partnertier.testing.OddScenarioFiles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * The scenario files as the workbench reads and posts them, from a scenarios folder ({@code rules.scenarios-dir}) as
 * analysts' editors leave them ({@link OddScenarioFiles}).
 */
@QuarkusTest
@TestProfile(OddScenarioFiles.class)
class ScenarioFilesResourceTest {

    private static final String SCENARIO = OddScenarioFiles.SCENARIO;

    @Test
    void everyListedFileCanBeReadOrSaysWhyNot() {
        analyst().get("/rules/scenario-files").then().statusCode(200).body("files", contains("broken.json", "escaped.json", "latin1.json", "my scenarios.json", "windows.json"));
        analyst().get("/rules/scenario-files/my scenarios.json").then().statusCode(200)
                .body(equalTo(SCENARIO.formatted("With a space in its file", "NONE")));
        analyst().get("/rules/scenario-files/latin1.json").then().statusCode(409).contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("latin1.json is not saved as UTF-8 (line 1, column 14): save it again with the encoding UTF-8"));
        analyst().header("Accept-Language", "ko").get("/rules/scenario-files/latin1.json").then().statusCode(409)
                .body("detail", containsString("UTF-8로 저장되지 않았습니다(1행 14열)"));
        analyst().get("/rules/scenario-files/.#my scenarios.json").then().statusCode(404);
        analyst().accept("application/json").get("/rules/scenario-files/my scenarios.json").then().statusCode(406)
                .body("detail", org.hamcrest.Matchers.not(containsString("application/json only")));
    }

    @Test
    void everyListedFileCanBePostedInPlaceOfItselfAndAFileGivenTwiceIsRefused() {
        analyst().contentType(ContentType.JSON).body(Map.of("scenarios", List.of(Map.of("path", "my scenarios.json",
                "content", SCENARIO.formatted("Edited", "GOLD")))))
                .post("/rules/try-scenarios").then().statusCode(200)
                .body("scenarios.scenarios.findAll { it.file == 'my scenarios.json' }.name", contains("Edited"))
                .body("scenarios.scenarios.find { it.name == 'Edited' }.passed", equalTo(false));
        analyst().contentType(ContentType.JSON).body(Map.of("scenarios", List.of(
                Map.of("path", "tier.json", "content", SCENARIO.formatted("a", "NONE")),
                Map.of("path", "tier.json", "content", SCENARIO.formatted("b", "NONE")))))
                .post("/rules/try-scenarios").then().statusCode(400)
                .body("errors.field", contains("scenarios[1].path"))
                .body("errors[0].message", equalTo("duplicate path tier.json, first given at scenarios[0].path"));
        analyst().contentType(ContentType.JSON).body(Map.of("scenarios", List.of(Map.of("path", ".hidden.json", "content", "{}"))))
                .post("/rules/try-scenarios").then().statusCode(400).body("errors.field", contains("scenarios[0].path"))
                .body("errors[0].message", equalTo("must be the name of a .json file in the scenarios folder (e.g. performance.json): "
                        + "no folder, no leading dot"));
        analyst().contentType(ContentType.JSON).header("Accept-Language", "ko")
                .body(Map.of("scenarios", List.of(Map.of("path", "sub/x.json", "content", "{}")), "files", List.of(Map.of("path", "x.txt"))))
                .post("/rules/try-scenarios").then().statusCode(400)
                .body("errors.find { it.field == 'scenarios[0].path' }.message", startsWith("시나리오 폴더에 있는 .json 파일의 이름이어야 합니다"))
                .body("errors.find { it.field == 'files[0].path' }.message", startsWith(".drl 파일의 상대 경로"))
                .body("errors.find { it.field == 'files[0].content' }.message", equalTo("필수입니다: 없거나 null입니다"));
        analyst().contentType(ContentType.JSON).body("null").post("/rules/try-scenarios").then().statusCode(400)
                .body("errors[0].message", containsString("scenarios: [{path, content}]"));
    }
}
