package dev.partnertier.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.partnertier.testing.H2c;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http2.DefaultHttp2Headers;
import io.netty.handler.codec.http2.DefaultHttp2HeadersEncoder;
import io.netty.handler.codec.http2.Http2Headers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
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

    private record Answer(int status, String contentType, String body) {
    }

    private Answer send(HttpMethod method, String path) throws Exception {
        HttpClient client = H2c.client(vertx);
        try {
            return client.request(new RequestOptions().setMethod(method).setURI(path).putHeader("Accept-Language", "ko"))
                    .compose(request -> request.send().compose(response -> response.body()
                            .map(body -> new Answer(response.statusCode(), response.getHeader("Content-Type"), body.toString()))))
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } finally {
            H2c.close(client);
        }
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

    @Test
    void aRequestWithoutABodyGetsNoResetAfterItsAnswer() throws Exception {
        // a stream closed on both sides must get no frame (RFC 9113, section 5.1); a strict client drops the connection
        for (String method : new String[] {"GET", "HEAD"}) {
            List<String> frames = rawExchange(method, "*", false);
            assertThat(frames).as(method + ": frames of stream 1").anyMatch(frame -> frame.endsWith(" end"))
                    .noneMatch(frame -> frame.startsWith("RST_STREAM"));
        }
    }

    @Test
    void aRequestWhoseBodyIsStillComingHasItsStreamResetAfterItsAnswer() throws Exception {
        // NO_ERROR: stop sending (RFC 9113, section 8.1); the rest of the connection is untouched
        List<String> frames = rawExchange("POST", "*", true);
        assertThat(frames).as("frames of stream 1").containsSubsequence("DATA end", "RST_STREAM 0");
    }

    /**
     * The frames of stream 1, as {@code HEADERS} or {@code DATA} (with {@code end} when they end it) or {@code RST_STREAM}
     * with its error code, for one request sent with prior knowledge: its {@code HEADERS} end the stream, or, with a
     * body, declare 30,000 bytes of which one {@code DATA} frame sends 100; read until the server is quiet for a second
     * after its answer.
     */
    private static List<String> rawExchange(String method, String path, boolean withBody) throws Exception {
        List<String> frames = new ArrayList<>();
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            DataInputStream in = new DataInputStream(socket.getInputStream());
            out.write("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            frame(out, 4, 0, 0, new byte[0]); // SETTINGS
            ByteBuf block = Unpooled.buffer();
            Http2Headers head = new DefaultHttp2Headers().method(method).scheme("http").authority("localhost").path(path);
            if (withBody) {
                head.add("content-length", "30000");
            }
            new DefaultHttp2HeadersEncoder().encodeHeaders(1, head, block);
            byte[] headers = new byte[block.readableBytes()];
            block.readBytes(headers);
            frame(out, 1, withBody ? 0x4 : 0x1 | 0x4, 1, headers); // HEADERS: END_HEADERS, and END_STREAM without a body
            if (withBody) {
                frame(out, 0, 0, 1, new byte[100]); // DATA
            }
            try {
                while (true) {
                    int length = in.readUnsignedByte() << 16 | in.readUnsignedShort();
                    int type = in.readUnsignedByte();
                    int flags = in.readUnsignedByte();
                    int stream = in.readInt() & 0x7fffffff;
                    byte[] payload = new byte[length];
                    in.readFully(payload);
                    if (type == 4 && (flags & 1) == 0) {
                        frame(out, 4, 1, 0, new byte[0]); // acknowledge the server's SETTINGS
                    }
                    if (stream == 1) {
                        String name = type == 0 ? "DATA" : type == 1 ? "HEADERS" : type == 3 ? "RST_STREAM " + payload[3] : "type " + type;
                        frames.add((type == 0 || type == 1) && (flags & 1) != 0 ? name + " end" : name);
                        if (frames.get(frames.size() - 1).endsWith(" end")) {
                            socket.setSoTimeout(1_000); // whatever the server still sends on this stream comes at once
                        }
                    }
                }
            } catch (SocketTimeoutException | java.io.EOFException quiet) {
                return frames;
            }
        }
    }

    private static void frame(DataOutputStream out, int type, int flags, int stream, byte[] payload) throws java.io.IOException {
        out.writeByte(payload.length >> 16);
        out.writeShort(payload.length & 0xffff);
        out.writeByte(type);
        out.writeByte(flags);
        out.writeInt(stream);
        out.write(payload);
        out.flush();
    }
}
