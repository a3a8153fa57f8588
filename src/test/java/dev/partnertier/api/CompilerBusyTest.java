package dev.partnertier.api;

import static dev.partnertier.security.Callers.analyst;
import static org.hamcrest.Matchers.equalTo;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.partnertier.engine.CompileGate;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** One compile at a time: a validation that cannot get the compiler within rules.compile-wait is told to retry. */
@QuarkusTest
class CompilerBusyTest {

    private static final String VALIDATE = "{\"files\":[{\"path\":\"extra.drl\",\"content\":\"package rules;\\n\"}]}";

    @Inject
    CompileGate gate;

    @Test
    void aValidationWhileAnotherCompileRunsIs503WithRetryAfterThenWorksAgain() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> otherCompile = CompletableFuture.runAsync(() -> gate.await(() -> {
            holding.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        try {
            holding.await(10, TimeUnit.SECONDS);
            analyst().contentType(ContentType.JSON).body(VALIDATE).post("/rules/validate").then()
                    .statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "2")
                    .body("status", equalTo(503));
        } finally {
            release.countDown();
            otherCompile.get(30, TimeUnit.SECONDS);
        }
        analyst().contentType(ContentType.JSON).body(VALIDATE).post("/rules/validate").then()
                .statusCode(200).body("valid", equalTo(true));
    }
}
