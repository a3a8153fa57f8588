package dev.partnertier.api;

import java.util.List;

import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import dev.partnertier.engine.RuleFile;
import dev.partnertier.engine.RulesConfig;
import dev.partnertier.engine.RulesRegistry;
import dev.partnertier.engine.RulesValidation;
import dev.partnertier.scenarios.ScenarioFiles;
import dev.partnertier.scenarios.ScenarioReport;
import dev.partnertier.scenarios.ScenarioRunner;

/** What analysts and operators need to see and try rules on the running service. */
@Path("/rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rules", description = "For analysts and operators; not for the public")
@APIResponse(responseCode = "400", description = "The request breaks the contract",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RulesResource {

    private final RulesRegistry registry;
    private final RulesConfig config;
    private final RequestChecks checks;
    private final Validator validator;

    public RulesResource(RulesRegistry registry, RulesConfig config, RequestChecks checks, Validator validator) {
        this.registry = registry;
        this.config = config;
        this.checks = checks;
        this.validator = validator;
    }

    /** The active rules: version, when loaded, files with hashes, every rule, and the last reload error or none. */
    @GET
    @Operation(summary = "The active rules", description = "Version (hash of the rule files), when it was loaded, the files "
            + "with their SHA-256, every rule with its file, line and description, and the last reload that failed (or null).")
    public RulesView rules() {
        return RulesView.of(registry.active(), registry.dir().toString(), config.reload().enabled(),
                registry.lastFailure().orElse(null));
    }

    /** Compile errors of edited files (file, line, column, message); nothing active changes. */
    @POST
    @Path("/validate")
    @Operation(summary = "Check edited rule files", description = "Compiles the active rules with these files in place of "
            + "(or beside) those of the same path and answers with the errors (file, line, column, message). Nothing "
            + "active changes.")
    @Consumes(MediaType.APPLICATION_JSON)
    public RulesValidation validate(ValidateRequest request) {
        if (request == null) {
            throw new InvalidRequestException("", "the request body must be a JSON object with files: [{path, content}]");
        }
        List<FieldError> errors = RequestChecks.fieldErrors(validator.validate(request));
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return registry.validate(request.files().stream().map(f -> new RuleFile(f.path(), f.content())).toList());
    }

    /**
     * Runs scenarios against the active rules: those posted (one scenario or an array, as in a scenario file),
     * or without a body those in the rules folder's {@code scenarios/}.
     */
    @POST
    @Path("/test")
    @Operation(summary = "Run scenarios", description = "Runs the posted scenarios (one, or an array, as in a scenario file), "
            + "or without a body those in the rules folder's scenarios/, against the active rules; reports each result "
            + "and the rules no scenario fired.")
    @Consumes(MediaType.APPLICATION_JSON)
    public ScenarioReport test(@RequestBody(required = false, description = "A scenario or an array of scenarios",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT))) JsonNode scenarios) {
        ScenarioFiles.Loaded loaded = scenarios == null || scenarios.isNull() || scenarios.isMissingNode()
                ? ScenarioFiles.read(registry.dir().resolve(ScenarioFiles.FOLDER))
                : ScenarioFiles.parse("request", scenarios.toString());
        return new ScenarioRunner(checks::check).run(registry.active(), loaded);
    }
}
