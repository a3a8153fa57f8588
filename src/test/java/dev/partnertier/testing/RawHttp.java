package dev.partnertier.testing;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import io.restassured.RestAssured;

/**
 * A request written to the service under test byte for byte, as no HTTP client would write it (no {@code Host}, a
 * target that is no path, an odd method), and its answer as the raw bytes of the response.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** The answer to a request written as is on the test port, read until the server closes the connection (10 s at most). */
    public static String exchange(String request) throws IOException {
        return exchange(RestAssured.port, request);
    }

    /** As {@link #exchange(String)}, on this port. */
    public static String exchange(int port, String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
