package dev.partnertier.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;

/**
 * Over HTTP/2 (h2c with prior knowledge), a {@code :path} that is not a path gets the same problem+json 400 as over
 * HTTP/1.1, and its answer to {@code HEAD} has no content (RFC 9110, section 9.3.2): Vert.x drops a HEAD answer's body
 * on HTTP/1.x only.
 */
@QuarkusTest
class UnroutableRequestsHttp2Test {

    @Inject
    Vertx vertx;

    private HttpClient client;

    @BeforeEach
    void oneConnection() {
        client = vertx.createHttpClient(new HttpClientOptions().setProtocolVersion(HttpVersion.HTTP_2)
                .setHttp2ClearTextUpgrade(false).setHttp2MaxPoolSize(1).setDefaultHost("localhost").setDefaultPort(RestAssured.port));
    }

    @AfterEach
    void close() throws Exception {
        client.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private record Answer(int status, String contentType, String body) {
    }

    private Answer send(HttpMethod method, String path) throws Exception {
        return client.request(new RequestOptions().setMethod(method).setURI(path).putHeader("Accept-Language", "ko"))
                .compose(request -> request.send().compose(response -> response.body()
                        .map(body -> new Answer(response.statusCode(), response.getHeader("Content-Type"), body.toString()))))
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aPathThatIsNotAPathIsAProblem400() throws Exception {
        for (String path : new String[] {"*", "a/b"}) {
            Answer answer = send(HttpMethod.GET, path);
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(answer.contentType()).isEqualTo("application/problem+json");
            assertThat(answer.body()).contains("\"status\":400", "http(s) URI");
        }
    }

    @Test
    void itsAnswerToHeadHasNoContent() throws Exception {
        Answer answer = send(HttpMethod.HEAD, "*");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.body()).isEmpty();
    }
}
