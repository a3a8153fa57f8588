package dev.partnertier.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A raw HTTP/1.1 exchange with a chunked body, so that a test can send a body a piece at a time and read the answer
 * while the body is still open (Java's HttpClient and rest-assured read the answer only once the body is sent).
 */
public final class ChunkedExchange {

    private ChunkedExchange() {
    }

    /** The head of a chunked POST with a bearer token. */
    public static byte[] head(String path, String token, String contentType) {
        return ("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token + "\r\nContent-Type: " + contentType
                + "\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Sends this text as one chunk, at once. */
    public static void chunk(OutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** The next NDJSON line of a chunked answer, skipping headers and chunk sizes. */
    public static String answerLine(BufferedReader in) throws IOException {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.startsWith("{")) {
                return line;
            }
        }
        throw new AssertionError("the answer ended before another line of it");
    }
}
