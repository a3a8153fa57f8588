package dev.partnertier.scenarios;

import com.fasterxml.jackson.annotation.JsonIgnore;

import dev.partnertier.api.EvaluationRequest;

/**
 * An analyst's test case, written as data: a request as the portal would send it, and what the rules must
 * answer. {@code file} is where it was read from (not part of the JSON).
 */
public record Scenario(String name, String description, EvaluationRequest request, Expectation expect,
        @JsonIgnore String file) {

    Scenario inFile(String fileName) {
        return new Scenario(name, description, request, expect, fileName);
    }
}
