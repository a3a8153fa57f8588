package dev.partnertier.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class AllowedMethodsTest {

    private static final List<Class<?>> RESOURCES = List.of(EvaluateResource.class, BatchResource.class,
            RulesResource.class, WhatIfResource.class, WorkbenchResource.class);
    private final AllowedMethods allowed = new AllowedMethods(RESOURCES);

    @Test
    void theseAreTheResourcesOfTheApi() throws Exception {
        // At run time the resources come from the bean manager; here, every class of the package with a @Path
        java.util.List<Class<?>> found = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/java/dev/partnertier/api"))) {
            for (java.nio.file.Path file : files.toList()) {
                Class<?> type = Class.forName("dev.partnertier.api." + file.getFileName().toString().replace(".java", ""));
                if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                    found.add(type);
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(found).containsExactlyInAnyOrderElementsOf(RESOURCES);
    }

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

    @Test
    void aPathsTemplateIsThatOfTheRouteWithTheMostLiteralText() {
        assertEquals(Optional.of("/workbench/{asset}"), allowed.templateAt("/workbench/x1"));
        assertEquals(Optional.of("/workbench/session"), allowed.templateAt("/workbench/session")); // not /workbench/{asset}
        assertEquals(Optional.of("/rules/files/{path: .+}"), allowed.templateAt("/rules/files/scenarios/tier.json"));
        assertEquals(Optional.of("/rules/scenario-files/{name}"), allowed.templateAt("/rules/scenario-files/a.json"));
        assertEquals(Optional.of("/evaluate"), allowed.templateAt("/evaluate/"));
        assertEquals(Optional.of("/evaluate/batch"), allowed.templateAt("/evaluate/batch"));
        assertEquals(Optional.empty(), allowed.templateAt("/nothing/here"));
    }

    @Test
    void theTemplatesAreThoseQuarkusRestTagsMetricsWith() {
        org.assertj.core.api.Assertions.assertThat(allowed.templates()).contains("/evaluate", "/evaluate/batch", "/rules",
                "/rules/files/{path: .+}", "/rules/scenario-files/{name}", "/workbench", "/workbench/{asset}", "/workbench/session")
                .allMatch(template -> template.startsWith("/") && !template.contains("//") && !template.endsWith("/"));
    }
}
