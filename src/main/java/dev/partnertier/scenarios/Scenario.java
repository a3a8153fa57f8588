package dev.partnertier.scenarios;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.partnertier.contract.InvalidRequestException;
import dev.partnertier.contract.PartnerReader;
import dev.partnertier.contract.RequestLimits;
import dev.partnertier.contract.StrictJson;
import dev.partnertier.model.PartnerFacts;

/**
 * An analyst's test case, written as data: a request as the portal would send it to {@code POST /evaluate}, and
 * what the rules must answer. {@code file} is where it was read from (not part of the JSON).
 */
public record Scenario(String name, String description, JsonNode request, Expectation expect, @JsonIgnore String file) {

    private static final PartnerReader READER = new PartnerReader(StrictJson.configure(new ObjectMapper()), RequestLimits.NONE);

    Scenario inFile(String fileName) {
        return new Scenario(name, description, request, expect, fileName);
    }

    /**
     * The request read exactly as {@code POST /evaluate} reads it, but without a deployment's size limits.
     *
     * @throws InvalidRequestException when the API would refuse it
     */
    public PartnerFacts partner() {
        return READER.read(request);
    }
}
