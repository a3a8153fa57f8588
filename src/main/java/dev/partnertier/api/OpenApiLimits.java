package dev.partnertier.api;

import java.util.Map;
import java.util.function.ToIntFunction;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.smallrye.config.SmallRyeConfig;

import dev.partnertier.decision.LimitsConfig;

/**
 * Writes the request's list limits into the OpenAPI document as {@code maxItems}, from the settings this replica
 * runs with ({@code limits.*}), and says that the request objects take no other fields ({@code additionalProperties:
 * false}), as the reader refuses an unknown field by name: a client generated from the document then knows the
 * bounds a request is answered 400 for.
 */
@OpenApiFilter(stages = {OpenApiFilter.RunStage.BUILD, OpenApiFilter.RunStage.RUNTIME_STARTUP}) // the build, then the settings run with
public class OpenApiLimits implements OASFilter {

    /** Schema, property: the limit of its list. */
    private static final Map<String, Map<String, ToIntFunction<LimitsConfig>>> LISTS = Map.of(
            "EvaluationRequest", Map.of("customers", LimitsConfig::customers, "individuals", LimitsConfig::individuals),
            "CustomerRequest", Map.of("workloads", LimitsConfig::workloadsPerCustomer,
                    "associations", LimitsConfig::associationsPerCustomer),
            "IndividualRequest", Map.of("exams", LimitsConfig::credentialsPerIndividual,
                    "certifications", LimitsConfig::credentialsPerIndividual),
            "WorkloadRequest", Map.of());

    /** The JSON array of {@code POST /evaluate/batch} holds at most {@code limits.batch-items} partners. */
    private static void batchArray(OpenAPI openAPI, LimitsConfig limits) {
        if (limits == null || openAPI.getPaths() == null || openAPI.getPaths().getPathItem("/evaluate/batch") == null) {
            return;
        }
        var post = openAPI.getPaths().getPathItem("/evaluate/batch").getPOST();
        if (post == null || post.getRequestBody() == null || post.getRequestBody().getContent() == null) {
            return;
        }
        var json = post.getRequestBody().getContent().getMediaType("application/json");
        if (json != null && json.getSchema() != null) {
            json.getSchema().setMaxItems(limits.batchItems());
        }
    }

    /** The limits this replica runs with, or null where they are not known (a build that does not map them). */
    private static LimitsConfig limits() {
        try {
            return ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(LimitsConfig.class);
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        LimitsConfig limits = limits();
        batchArray(openAPI, limits);
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        LISTS.forEach((name, lists) -> {
            Schema schema = schemas.get(name);
            if (schema == null) {
                return;
            }
            schema.setAdditionalPropertiesBoolean(Boolean.FALSE);
            lists.forEach((property, limit) -> {
                Schema list = schema.getProperties() == null ? null : schema.getProperties().get(property);
                if (list != null && limits != null) {
                    list.setMaxItems(limit.applyAsInt(limits));
                }
            });
        });
    }
}
