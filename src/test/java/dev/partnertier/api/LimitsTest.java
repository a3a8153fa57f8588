package dev.partnertier.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static dev.partnertier.security.Callers.portal;

import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.partnertier.admission.Admission;
import dev.partnertier.security.Callers;
import dev.partnertier.testing.LogCapture;
import io.restassured.RestAssured;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Every size limit is a setting, and crossing it is a 400 (or 413 for the body) naming the list. */
@QuarkusTest
@TestProfile(SmallLimitsProfile.class)
class LimitsTest {

    @Inject
    Admission admission;

    private static ValidatableResponse post(String body) {
        return portal().contentType(ContentType.JSON).body(body).post("/evaluate").then();
    }

    private static String customers(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : ",").append("{\"tenantId\":\"t").append(i).append("\"}");
        }
        return s.toString();
    }

    @Test
    void atTheLimitIsAccepted() {
        post("{\"partnerId\":\"p\",\"market\":\"MATURE\",\"customers\":[" + customers(3) + "]}").statusCode(200);
    }

    @Test
    void tooManyCustomers() {
        post("{\"partnerId\":\"p\",\"market\":\"MATURE\",\"customers\":[" + customers(4) + "]}")
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("customers"))
                .body("errors[0].message", equalTo("has 4 entries; at most 3 are accepted"));
    }

    @Test
    void tooManyWorkloadsAssociationsIndividualsAndCredentials() {
        post("""
                {"partnerId":"p","market":"MATURE",
                 "customers":[{"tenantId":"t","associations":["A","B","C"],"workloads":[{"workload":"A","activeUsers":1},{"workload":"B","activeUsers":1},{"workload":"C","activeUsers":1}]}],
                 "individuals":[{"id":"a","exams":["1","2","3","4"]},{"id":"b"},{"id":"c"}]}
                """)
                .statusCode(400)
                .body("errors.field", hasItem("customers[0].workloads"))
                .body("errors.field", hasItem("customers[0].associations"))
                .body("errors.field", hasItem("individuals"))
                .body("errors.field", hasItem("individuals[0].exams"));
    }

    @Test
    void aBodyOverTheLimitIsA413() {
        post("{\"partnerId\":\"p\",\"market\":\"MATURE\",\"name\":\"" + "n".repeat(3000) + "\"}")
                .statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("at most 2,048 bytes"));
    }

    @Test
    void aChunkedBodyOverTheLimitIsAProblemJson413NamingIt() throws Exception {
        // Within quarkus.rest.input-buffer-size (256 KB), which Quarkus reads whole before the resource runs: the limit
        // binds there too. All of it is sent before the answer is read, so the answer is there to read.
        byte[] bytes = ("{\"partnerId\":\"p\",\"name\":\"" + "n".repeat(3000) + "\",\"market\":\"MATURE\"}").getBytes(StandardCharsets.UTF_8);
        try (LogCapture refusals = LogCapture.of(ProblemMappers.class.getName());
                LogCapture failures = LogCapture.of("io.quarkus.vertx.http.runtime.QuarkusErrorHandler")) {
            for (String language : new String[] {"en", "ko"}) {
                RawAnswer answer = RawAnswer.of(evaluateHead(language), bytes);
                assertThat(answer.status()).as(language).isEqualTo("HTTP/1.1 413 Request Entity Too Large");
                assertThat(answer.header("content-type")).as(language).isEqualTo("application/problem+json");
                assertThat(answer.header("connection")).as(language).isEqualTo("close");
                assertThat(answer.closedAfter()).as("the rest of the body is not read: the connection is closed").isTrue();
                assertThat(answer.body()).as(language).contains("\"status\":413").contains("\"instance\":\"/evaluate\"")
                        .contains(language.equals("ko") ? "최대 크기인 2,048바이트를 넘었습니다" : "exceeded 2,048 bytes, the most this service accepts");
            }
            assertThat(refusals.lines()).contains("413 chunked body over 2048 bytes refused (/evaluate)");
            assertThat(failures.lines()).isEmpty();
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> admission.memory().used() == 0);
        post("{\"partnerId\":\"p\",\"market\":\"MATURE\"}").statusCode(200);
    }

    /**
     * The analysts' bodies are read by Jackson or line by line, as a stream on a worker thread (their methods are
     * blocking: Quarkus does not read them whole first): over the limit, the same answer as a partner's.
     */
    @Test
    void aChunkedAnalystBodyOverTheLimitIsAProblemJson413NamingIt() throws Exception {
        String drl = "x".repeat(3000);
        Map<String, String> bodies = new java.util.LinkedHashMap<>();
        bodies.put("/rules/validate application/json", "{\"files\":[{\"path\":\"tier.drl\",\"content\":\"" + drl + "\"}]}");
        bodies.put("/rules/test application/json", "{\"name\":\"" + drl + "\"}");
        bodies.put("/rules/simulate application/json", "{\"files\":[],\"partners\":[{\"partnerId\":\"" + drl + "\"}]}");
        bodies.put("/rules/simulate " + BatchResource.NDJSON, "{\"files\":[{\"path\":\"tier.drl\",\"content\":\"" + drl + "\"}]}\n");
        bodies.put("/rules/try-scenarios application/json", "{\"files\":[{\"path\":\"tier.drl\",\"content\":\"" + drl + "\"}]}");
        bodies.put("/rules/try application/json", "{\"files\":[],\"partner\":{\"partnerId\":\"" + drl + "\"}}");
        try (LogCapture refusals = LogCapture.of(ProblemMappers.class.getName());
                LogCapture failures = LogCapture.of("io.quarkus.vertx.http.runtime.QuarkusErrorHandler")) {
            for (Map.Entry<String, String> body : bodies.entrySet()) {
                String[] pathAndType = body.getKey().split(" ");
                byte[] head = ("POST " + pathAndType[0] + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + Callers.analystToken()
                        + "\r\nAccept-Language: ko\r\nContent-Type: " + pathAndType[1] + "\r\nTransfer-Encoding: chunked\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII);
                RawAnswer answer = RawAnswer.of(head, body.getValue().getBytes(StandardCharsets.UTF_8));
                assertThat(answer.status()).as(body.getKey()).isEqualTo("HTTP/1.1 413 Request Entity Too Large");
                assertThat(answer.header("content-type")).as(body.getKey()).isEqualTo("application/problem+json");
                assertThat(answer.header("connection")).as(body.getKey()).isEqualTo("close");
                assertThat(answer.closedAfter()).as(body.getKey() + ": the rest of the body is not read").isTrue();
                assertThat(answer.body()).as(body.getKey()).contains("\"instance\":\"" + pathAndType[0] + "\"")
                        .contains("최대 크기인 2,048바이트를 넘었습니다");
                assertThat(refusals.lines()).contains("413 chunked body over 2048 bytes refused (" + pathAndType[0] + ")");
            }
            assertThat(failures.lines()).isEmpty();
        }
    }

    /**
     * The refusal does not wait for the rest of the body: a client that has sent past the limit and goes on sending
     * slowly (here: not at all) has its answer at once, on a path read as a stream (the analysts', and a partner past
     * quarkus.rest.input-buffer-size).
     */
    @Test
    void aChunkedBodyPastTheLimitIsRefusedWithoutWaitingForItsRest() throws Exception {
        byte[] analyst = ("POST /rules/validate HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + Callers.analystToken()
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        assertThat(statusWhileBodyHeld(analyst, ("{\"files\":[{\"path\":\"tier.drl\",\"content\":\"" + "x".repeat(3000))
                .getBytes(StandardCharsets.UTF_8))).isEqualTo("HTTP/1.1 413 Request Entity Too Large");
        assertThat(statusWhileBodyHeld(evaluateHead("en"), ("{\"partnerId\":\"p\"," + " ".repeat(300_000))
                .getBytes(StandardCharsets.UTF_8))).isEqualTo("HTTP/1.1 413 Request Entity Too Large");
        await().atMost(Duration.ofSeconds(5)).until(() -> admission.memory().used() == 0);
    }

    /** Sends this head and these bytes as chunks, never the body's end, and reads the status line (within 10 s). */
    private static String statusWhileBodyHeld(byte[] head, byte[] bytes) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head);
            for (int at = 0; at < bytes.length; at += 8192) {
                chunk(out, bytes, at);
            }
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }

    @Test
    void aLargeChunkedBodyOverTheLimitIs413AndGivesItsShareOfTheBudgetBack() throws Exception {
        // A raw HTTP/1.1 exchange: a chunked body has no declared length, so it is admitted with the largest share
        // and refused once more than the limit has been read. Past quarkus.rest.input-buffer-size (256 KB) it is read
        // as a stream on a worker thread.
        byte[] bytes = ("{\"partnerId\":\"p\"," + " ".repeat(300_000) + "\"market\":\"MATURE\"}").getBytes(StandardCharsets.UTF_8);
        LogCapture refusals = LogCapture.of(ProblemMappers.class.getName());
        LogCapture failures = LogCapture.of("io.quarkus.vertx.http.runtime.QuarkusErrorHandler");
        // admitted: the largest share is taken while the body comes in
        String status = largeChunkedExchange(evaluateHead("en"), bytes,
                () -> await().atMost(Duration.ofSeconds(5)).until(() -> admission.memory().used() > 0));
        if (status != null) {
            assertThat(status).isEqualTo("HTTP/1.1 413 Request Entity Too Large");
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> admission.memory().used() == 0);
        // Logged as the refusal it is, never as a server failure
        await().atMost(Duration.ofSeconds(5)).until(() -> refusals.lines().contains("413 chunked body over 2048 bytes refused (/evaluate)"));
        refusals.close();
        failures.close();
        assertThat(failures.lines()).isEmpty();
        post("{\"partnerId\":\"p\",\"market\":\"MATURE\"}").statusCode(200);
    }

    @Test
    void aChunkedBatchOverTheLimitWithinItsFirstPartnerIsAProblemJson413NeverAnEmpty200() throws Exception {
        for (String type : new String[] {BatchResource.NDJSON, "application/json"}) {
            String prefix = type.equals(BatchResource.NDJSON) ? "" : "[";
            byte[] bytes = (prefix + "{\"partnerId\":\"p\"," + " ".repeat(3000) + "\"market\":\"MATURE\"}\n").getBytes(StandardCharsets.UTF_8);
            RawAnswer answer = RawAnswer.of(batchHead(type), bytes);
            assertThat(answer.status()).as(type).isEqualTo("HTTP/1.1 413 Request Entity Too Large");
            assertThat(answer.header("content-type")).as(type).isEqualTo("application/problem+json");
            assertThat(answer.body()).as(type).contains("\"instance\":\"/evaluate/batch\"").contains("exceeded 2,048 bytes");
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> admission.memory().used() == 0);
    }

    @Test
    void aChunkedBatchThatPassesTheLimitAfterItsFirstAnswerIsCutShortNeverEndedAsComplete() throws Exception {
        for (String type : new String[] {BatchResource.NDJSON, "application/json"}) {
            for (boolean readingAlong : new boolean[] {true, false}) {
                String as = type + (readingAlong ? ", read as it comes" : ", read once all is sent");
                try (LogCapture failures = LogCapture.of("io.quarkus.vertx.http.runtime.QuarkusErrorHandler")) {
                    List<String> lines = cutShortBatch(type, readingAlong);
                    if (readingAlong) { // else a reset may take what was not read yet with it
                        assertThat(lines).as(as).contains("HTTP/1.1 200 OK").anyMatch(line -> line.contains("\"partnerId\":\"first\""));
                    }
                    // No last chunk ("0") and no closing bracket: a client cannot take the answer for a complete one.
                    assertThat(lines).as(as).doesNotContain("0").noneMatch(line -> line.endsWith("]"));
                    assertThat(failures.lines()).as(as).isEmpty();
                }
            }
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> admission.memory().used() == 0);
    }

    /** The lines a client gets for a batch whose body passes the limit after its first partner. */
    private static List<String> cutShortBatch(String type, boolean readingAlong) throws Exception {
        boolean lines = type.equals(BatchResource.NDJSON);
        String first = (lines ? "" : "[") + "{\"partnerId\":\"first\",\"market\":\"MATURE\"}\n" + (lines ? "" : ",");
        byte[] more = ("{\"partnerId\":\"second\",\"market\":\"MATURE\"," + " ".repeat(3000) + "\"name\":\"n\"}\n")
                .getBytes(StandardCharsets.UTF_8);
        List<String> got = new ArrayList<>();
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(batchHead(type));
            chunk(out, first.getBytes(StandardCharsets.UTF_8), 0);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            try {
                if (readingAlong) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        got.add(line);
                        if (line.contains("\"partnerId\":\"first\"")) {
                            break;
                        }
                    }
                } else {
                    Thread.sleep(300); // the first answer is written, and waits unread
                }
                // the rest of the body passes the limit
                chunk(out, more, 0);
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    got.add(line);
                }
            } catch (SocketException e) {
                // a reset is a cut too
            }
        }
        return got;
    }

    /**
     * Sends this head and the first 8 KB of this body as chunks, runs {@code afterFirstChunk} (when not null), sends the
     * rest and reads the status line: null when the server's close of the connection took the answer with it (it
     * answers and closes while the rest of the body is still on its way).
     */
    private static String largeChunkedExchange(byte[] head, byte[] bytes, Runnable afterFirstChunk) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head);
            chunk(out, bytes, 0);
            if (afterFirstChunk != null) {
                afterFirstChunk.run();
            }
            try {
                for (int at = 8192; at < bytes.length; at += 8192) {
                    chunk(out, bytes, at);
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (SocketException e) {
                // the server answers and closes the connection while the rest of the body is still on its way
            }
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        } catch (SocketException e) {
            return null; // a reset of the connection can take the answer with it
        }
    }

    private static byte[] evaluateHead(String language) {
        return ("POST /evaluate HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + Callers.portalToken()
                + "\r\nAccept-Language: " + language + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** An answer read from a raw exchange whose chunked body was sent whole first: its status line, headers and body. */
    private record RawAnswer(String status, Map<String, String> headers, String body, boolean closedAfter) {

        static RawAnswer of(byte[] head, byte[] body) throws IOException {
            try (Socket socket = new Socket("localhost", RestAssured.port)) {
                socket.setSoTimeout(20_000);
                OutputStream out = socket.getOutputStream();
                out.write(head);
                for (int at = 0; at < body.length; at += 8192) {
                    chunk(out, body, at);
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                DataInputStream in = new DataInputStream(socket.getInputStream());
                String status = line(in);
                Map<String, String> headers = new HashMap<>();
                for (String line = line(in); !line.isEmpty(); line = line(in)) {
                    int colon = line.indexOf(':');
                    headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
                }
                byte[] content = new byte[Integer.parseInt(headers.getOrDefault("content-length", "0"))];
                in.readFully(content);
                boolean closed;
                try {
                    closed = in.read() == -1;
                } catch (SocketException e) {
                    closed = true; // reset: closed too
                }
                return new RawAnswer(status, headers, new String(content, StandardCharsets.UTF_8), closed);
            }
        }

        String header(String name) {
            return headers.get(name);
        }

        private static String line(DataInputStream in) throws IOException {
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b == -1) {
                    throw new EOFException("the answer ended within its head: " + line);
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }
    }

    private static byte[] batchHead(String type) {
        return ("POST /evaluate/batch HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + Callers.portalToken()
                + "\r\nContent-Type: " + type + "\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static void chunk(OutputStream out, byte[] bytes, int at) throws IOException {
        int length = Math.min(8192, bytes.length - at);
        out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes, at, length);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
