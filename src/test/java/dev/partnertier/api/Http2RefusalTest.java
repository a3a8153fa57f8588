package dev.partnertier.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.partnertier.security.Callers;
import dev.partnertier.testing.H2c;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.http.StreamResetException;

/**
 * A body over the limit sent over HTTP/2 (h2c, as a client with prior knowledge sends it) gets its 413 problem+json,
 * without the {@code Connection} header HTTP/2 forbids, and the connection goes on to answer the next request: only
 * the refused request's stream is reset (RFC 9113, section 8.1).
 */
@QuarkusTest
@TestProfile(SmallLimitsProfile.class)
class Http2RefusalTest {

    @Inject
    Vertx vertx;

    private HttpClient client;

    @BeforeEach
    void oneConnection() {
        client = H2c.client(vertx);
    }

    @AfterEach
    void close() throws Exception {
        H2c.close(client);
    }

    private record Answer(int status, String contentType, String connectionHeader, String body, HttpConnection connection) {
    }

    private Answer post(String body, boolean declared) throws Exception {
        Future<Answer> answer = client.request(new RequestOptions().setMethod(HttpMethod.POST).setURI("/evaluate")
                .putHeader("Authorization", "Bearer " + Callers.portalToken()).putHeader("Content-Type", "application/json"))
                .compose(request -> {
                    if (declared) {
                        request.putHeader("Content-Length", Integer.toString(body.length()));
                    } else {
                        request.setChunked(true); // HTTP/2: DATA frames without a declared length
                    }
                    return request.send(Buffer.buffer(body))
                            .compose(response -> response.body().map(content -> answer(response, content)));
                });
        return answer.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    }

    private static Answer answer(HttpClientResponse response, Buffer content) {
        return new Answer(response.statusCode(), response.getHeader("Content-Type"), response.getHeader("Connection"),
                content.toString(), response.request().connection());
    }

    private static String partner(int nameLength) {
        return "{\"partnerId\":\"p\",\"market\":\"MATURE\",\"name\":\"" + "n".repeat(nameLength) + "\"}";
    }

    @Test
    void aBodyOverTheLimitIsA413AndTheConnectionGoesOn() throws Exception {
        for (boolean declared : new boolean[] {true, false}) {
            Answer refused = post(partner(3000), declared);
            assertThat(refused.status()).as("declared " + declared).isEqualTo(413);
            assertThat(refused.contentType()).isEqualTo("application/problem+json");
            assertThat(refused.connectionHeader()).isNull();
            assertThat(refused.body()).contains(declared ? "at most 2,048 bytes" : "exceeded 2,048 bytes");

            Answer next = post(partner(10), true);
            assertThat(next.status()).isEqualTo(200);
            assertThat(next.connection()).as("the same connection").isSameAs(refused.connection());
        }
    }

    /** A batch whose body passes the limit after its first answer: that answer's stream is reset, never ended as whole. */
    @Test
    void aBatchCutShortResetsItsStreamAloneNeverEndsItAsWhole() throws Exception {
        CompletableFuture<Throwable> cut = new CompletableFuture<>();
        StringBuilder got = new StringBuilder();
        CompletableFuture<HttpConnection> connection = new CompletableFuture<>();
        client.request(new RequestOptions().setMethod(HttpMethod.POST).setURI("/evaluate/batch")
                .putHeader("Authorization", "Bearer " + Callers.portalToken()).putHeader("Content-Type", BatchResource.NDJSON))
                .onSuccess(request -> {
                    connection.complete(request.connection());
                    request.setChunked(true);
                    request.response().onSuccess(response -> {
                        response.exceptionHandler(cut::complete);
                        response.endHandler(ended -> cut.complete(null));
                        response.handler(data -> {
                            boolean first = got.isEmpty();
                            got.append(data.toString());
                            if (first) { // the first answer is there: the rest of the body passes the limit
                                request.end(Buffer.buffer("{\"partnerId\":\"second\",\"market\":\"MATURE\"," + " ".repeat(3000) + "\"name\":\"n\"}\n"));
                            }
                        });
                    }).onFailure(cut::complete);
                    request.write(Buffer.buffer("{\"partnerId\":\"first\",\"market\":\"MATURE\"}\n"));
                }).onFailure(cut::complete);

        Throwable failure = cut.get(20, TimeUnit.SECONDS);
        assertThat(failure).as("the answer is cut short, not ended as a whole one").isInstanceOf(StreamResetException.class);
        assertThat(((StreamResetException) failure).getCode()).as("CANCEL, never NO_ERROR").isEqualTo(8);
        assertThat(got.toString()).contains("\"partnerId\":\"first\"");

        Answer next = post(partner(10), true);
        assertThat(next.status()).isEqualTo(200);
        assertThat(next.connection()).as("the same connection").isSameAs(connection.get(1, TimeUnit.SECONDS));
    }
}
