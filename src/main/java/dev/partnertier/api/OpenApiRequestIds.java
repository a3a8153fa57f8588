package dev.partnertier.api;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents {@code X-Request-Id} ({@link RequestIds}) on every operation: an optional request header the caller may
 * send to follow its request through the service's logs (kept when it matches {@link RequestIds#SANE}, else replaced
 * by a new id), and a header of every response, which also carries it in a problem's {@code requestId}. Filters
 * cannot see a JAX-RS filter, so without this a client generated from the document would know nothing of it.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OpenApiRequestIds implements OASFilter {

    static final String NAME = "RequestId";
    private static final String PARAMETER_REF = "#/components/parameters/" + NAME;
    private static final String HEADER_REF = "#/components/headers/" + NAME;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addParameter(NAME, OASFactory.createParameter()
                .name(RequestIds.HEADER).in(Parameter.In.HEADER).required(false)
                .description("The caller's id for this request, repeated in the response's " + RequestIds.HEADER + ", in a "
                        + "problem's requestId and in the service's log lines. Up to 64 letters, digits, '.', '_', ':' or '-'; "
                        + "anything else, or none, and the service makes one (a UUID)")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).pattern("^" + RequestIds.SANE.pattern() + "$"))); // anchored: JSON Schema matches a pattern anywhere
        openAPI.getComponents().addHeader(NAME, OASFactory.createHeader()
                .description("The request's id: the one sent in " + RequestIds.HEADER + " when it was kept, else the service's")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                operation.addParameter(OASFactory.createParameter().ref(PARAMETER_REF));
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().values().forEach(response -> {
                        Map<String, Header> headers = response.getHeaders();
                        if (headers == null || !headers.containsKey(RequestIds.HEADER)) {
                            response.addHeader(RequestIds.HEADER, OASFactory.createHeader().ref(HEADER_REF));
                        }
                    });
                }
            }
        }
    }
}
