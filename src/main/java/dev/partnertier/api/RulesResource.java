package dev.partnertier.api;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import dev.partnertier.activation.ActiveRules;
import dev.partnertier.activation.RulesConfig;
import dev.partnertier.analysis.RulesAnalysis;
import dev.partnertier.analysis.RulesReport;
import dev.partnertier.contract.FieldError;
import dev.partnertier.contract.InvalidRequestException;
import dev.partnertier.engine.RuleFile;
import dev.partnertier.engine.Utf8Text;
import dev.partnertier.scenarios.ScenarioFiles;
import dev.partnertier.security.AnalystAudit;
import dev.partnertier.security.Roles;

/** What analysts and operators need to see and try rules on the running service. */
@Path("/rules")
@BoundedBody
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANALYST)
@Tag(name = "Rules", description = "For analysts (role analyst): the active rules, checking edits, running scenarios")
@APIResponse(responseCode = "401", description = "No bearer token, or one that is not valid (RFC 6750)",
        headers = @Header(name = "WWW-Authenticate", description = AuthProblemMappers.CHALLENGE_DOC,
                schema = @Schema(type = SchemaType.STRING)),
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "A valid bearer token without the role analyst",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RulesResource {

    private final ActiveRules active;
    private final RulesAnalysis analysis;
    private final RulesConfig config;
    private final Validator validator;
    private final AnalystAudit audit;

    public RulesResource(ActiveRules active, RulesAnalysis analysis, RulesConfig config, Validator validator, AnalystAudit audit) {
        this.active = active;
        this.analysis = analysis;
        this.config = config;
        this.validator = validator;
        this.audit = audit;
    }

    /**
     * The active rules: version, when loaded, files with hashes, every rule, how the folder's scenarios stand on them,
     * the partners they failed on, and the last reload error or none.
     */
    @GET
    @Operation(operationId = "getRules", summary = "The active rules", description = "Version (hash of the rule files), when it "
            + "was loaded, the files with their SHA-256, every rule with its file, line and description, the folder's scenarios that "
            + "failed on them when they went live, and the last reload that failed (or null).")
    @APIResponse(responseCode = "200", description = "The active rules",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RulesView.class)))
    public RulesView rules(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Locale language = Languages.ofService(acceptLanguage);
        ActiveRules.Version now = active.version();
        return RulesView.of(now.rules(), now.scenarios().in(language), now.failures().list(language), active.dir().toString(),
                config.reload().enabled(),
                active.lastFailure().map(f -> f.in(language)).orElse(null));
    }

    /** The text of one file of the active rules, as the workbench's editor opens it. */
    @GET
    @Path("/files/{path: .+}")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(operationId = "getRuleFile", summary = "One file of the active rules", description = "The text of a file of the "
            + "active rules (a DRL or wording file, by its path in GET /rules).")
    @APIResponse(responseCode = "200", description = "The file's text", content = @Content(mediaType = MediaType.TEXT_PLAIN,
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No active file has this path",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public String file(@PathParam("path") String path) {
        return active.get().rules().sources().stream().filter(f -> f.path().equals(path)).findFirst()
                .map(RuleFile::content).orElseThrow(NotFoundException::new);
    }

    /** The names of the scenario files ({@code rules.scenarios-dir}), as the workbench lists them. */
    @GET
    @Path("/scenario-files")
    @Operation(operationId = "getScenarioFiles", summary = "The scenario files", description = "The scenarios folder "
            + "(rules.scenarios-dir; by default the rules folder's scenarios/) and the names of its scenario files (*.json), "
            + "sorted; none when there is no such folder.")
    @APIResponse(responseCode = "200", description = "The folder and its files' names", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ScenarioFilesView.class)))
    public ScenarioFilesView scenarioFiles() {
        return new ScenarioFilesView(active.scenariosDir().toString(), ScenarioFiles.names(active.scenariosDir()));
    }

    /** The text of one scenario file, as the workbench's editor opens it. */
    @GET
    @Path("/scenario-files/{name}")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(operationId = "getScenarioFile", summary = "One scenario file", description = "The text of a scenario file, by "
            + "its name in GET /rules/scenario-files.")
    @APIResponse(responseCode = "200", description = "The file's text", content = @Content(mediaType = MediaType.TEXT_PLAIN,
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No scenario file has this name",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The file is not saved as UTF-8 (the detail says where): save it again as UTF-8 and ask again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public String scenarioFile(@PathParam("name") String name) {
        try {
            return ScenarioFiles.text(active.scenariosDir(), name).orElseThrow(NotFoundException::new);
        } catch (Utf8Text.NotUtf8Exception e) {
            throw new FileNotUtf8Exception(name, e.line(), e.column());
        }
    }

    /** Compile errors of edited files (file, line, column, message); nothing active changes. */
    @POST
    @Path("/validate")
    @Operation(operationId = "validateRules", summary = "Check edited rule files", description = "Compiles the active rules "
            + "with these files in place of (or beside) those of the same path and answers with the errors (file, line, "
            + "column, message). The files are compiled, never run. Nothing active changes. One compile runs at a time.")
    @APIResponse(responseCode = "200", description = "Whether the rules with these edits compile, and the errors if not",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RulesReport.class)))
    @APIResponse(responseCode = "400", description = "The request breaks the contract; every field at fault is named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is larger than quarkus.http.limits.max-body-size (declared, or counted as it is read when sent chunked)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Another compile kept the compiler busy; try again after Retry-After seconds",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Consumes(MediaType.APPLICATION_JSON)
    public RulesReport validate(ValidateRequest request, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        if (request == null) {
            throw new InvalidRequestException(FieldError.of("", "body.validate"));
        }
        EditedFiles.requireValid(validator, request);
        List<RuleFile> files = request.ruleFiles();
        RulesReport result = analysis.validate(files).in(Languages.ofService(acceptLanguage));
        audit.record("POST /rules/validate", result.version(), files.stream().map(RuleFile::path).toList(),
                result.valid() ? "valid" : "invalid");
        return result;
    }

    /**
     * Runs scenarios against the active rules: those posted (one scenario or an array, as in a scenario file),
     * or without a body those in the rules folder's {@code scenarios/}.
     */
    @POST
    @Path("/test")
    @Operation(operationId = "testRules", summary = "Run scenarios", description = "Runs the posted scenarios (one, or an "
            + "array, as in a scenario file), or without a body those in the rules folder's scenarios/, against the active "
            + "rules; reports each result and the rules no scenario fired.")
    @APIResponse(responseCode = "200", description = "Each scenario's result and the rules no scenario fired",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RulesReport.class)))
    @APIResponse(responseCode = "400", description = "The body is not JSON, or is an array without a scenario",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is larger than quarkus.http.limits.max-body-size (declared, or counted as it is read when sent chunked)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Consumes(MediaType.APPLICATION_JSON)
    public RulesReport test(@RequestBody(required = false, description = "A scenario or an array of scenarios",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT))) JsonNode scenarios,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        if (scenarios != null && scenarios.isArray() && scenarios.isEmpty()) {
            throw new InvalidRequestException(FieldError.of("", "body.scenarios-empty")); // 0 run, 0 failed reads as a pass
        }
        return analysis.test(scenarios).in(Languages.ofService(acceptLanguage));
    }
}
