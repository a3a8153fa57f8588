package dev.partnertier.testing;

import java.util.concurrent.TimeUnit;

import io.restassured.RestAssured;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpVersion;

/**
 * HTTP/2 over cleartext to the service under test, as a client with prior knowledge sends it (h2c without the
 * HTTP/1.1 upgrade, like {@code curl --http2-prior-knowledge}), on one connection so that a test can tell whether a
 * refusal left it usable.
 */
public final class H2c {

    private H2c() {
    }

    /** A client of at most one connection to {@code localhost} on the test port. */
    public static HttpClient client(Vertx vertx) {
        return vertx.createHttpClient(new HttpClientOptions().setProtocolVersion(HttpVersion.HTTP_2)
                .setHttp2ClearTextUpgrade(false).setHttp2MaxPoolSize(1).setDefaultHost("localhost").setDefaultPort(RestAssured.port));
    }

    /** Closes it, waiting at most 10 s. */
    public static void close(HttpClient client) throws Exception {
        client.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
