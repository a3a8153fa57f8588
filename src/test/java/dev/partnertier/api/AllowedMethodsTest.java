package dev.partnertier.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class AllowedMethodsTest {

    private final AllowedMethods allowed = new AllowedMethods(List.of(EvaluateResource.class, BatchResource.class,
            RulesResource.class, WhatIfResource.class, WorkbenchResource.class));

    @Test
    void aPathNamesTheMethodsOfEveryResourceMethodThatMatchesIt() {
        assertEquals(Optional.of("OPTIONS, POST"), allowed.at("/evaluate"));
        assertEquals(Optional.of("OPTIONS, POST"), allowed.at("/evaluate/batch"));
        assertEquals(Optional.of("GET, HEAD, OPTIONS"), allowed.at("/rules"));
        assertEquals(Optional.of("OPTIONS, POST"), allowed.at("/rules/simulate"));
        // the session's own POST and DELETE, and GET of the workbench's files, whose template matches it too
        assertEquals(Optional.of("DELETE, GET, HEAD, OPTIONS, POST"), allowed.at("/workbench/session"));
    }

    @Test
    void templatesMatchTheirVariablesAndTrailingSlashesAreIgnored() {
        assertEquals(Optional.of("GET, HEAD, OPTIONS"), allowed.at("/rules/files/scenarios/tier.json"));
        assertEquals(Optional.of("GET, HEAD, OPTIONS"), allowed.at("/workbench/workbench.js"));
        assertEquals(Optional.of("OPTIONS, POST"), allowed.at("/evaluate/"));
        assertEquals(Optional.empty(), allowed.at("/nothing/here"));
        assertEquals(Optional.empty(), allowed.at("/rules/files"));
    }

    @Test
    void aTemplatesRegexMayHoldBracesAndLiteralTextIsNotARegex() {
        assertTrue(AllowedMethods.template("/a/{id: [0-9]{2}}").matcher("/a/12").matches());
        assertFalse(AllowedMethods.template("/a/{id: [0-9]{2}}").matcher("/a/123").matches());
        assertFalse(AllowedMethods.template("/a.b").matcher("/axb").matches());
        assertTrue(AllowedMethods.template("a//b/").matcher("/a/b").matches());
    }
}
