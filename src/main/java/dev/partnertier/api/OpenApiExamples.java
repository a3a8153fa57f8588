package dev.partnertier.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.examples.Example;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Puts the files of {@code examples/} into the OpenAPI document as named examples, so the document shows the
 * very requests and answers the README's curl example and the tests use, not copies that drift.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD) // the examples are files of the build: read once, not at each start-up
public class OpenApiExamples implements OASFilter {

    /** Component name, summary; the file is examples/NAME.json. */
    private static final Map<String, String> EXAMPLES = Map.of(
            "silver-partner", "A Silver partner in a mature market (a customer without association, a trial, a workload that does not count, a half-qualified person)",
            "silver-partner.answer", "The answer for the Silver partner",
            "gold-partner", "A Gold partner in an emerging market",
            "gold-partner.answer", "The answer for the Gold partner",
            "rejected-request", "A request with a negative count, a blank workload name and a duplicate tenant",
            "rejected-request.answer", "The problem answered for the rejected request (its requestId left out)");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        EXAMPLES.forEach((name, summary) -> {
            Example example = OASFactory.createExample().summary(summary).value(read(name));
            openAPI.getComponents().addExample(name, example);
        });
    }

    private static Object read(String name) {
        String resource = "examples/" + name + ".json";
        try (InputStream in = OpenApiExamples.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing OpenAPI example " + resource);
            }
            return JSON.readValue(in, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource, e);
        }
    }
}
