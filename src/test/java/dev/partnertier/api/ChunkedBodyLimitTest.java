package dev.partnertier.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** A body without a declared length is read up to the limit and stopped past it, whichever way it is read. */
class ChunkedBodyLimitTest {

    private static InputStream body(int bytes) {
        return new ByteArrayInputStream(new byte[bytes]);
    }

    @Test
    void aBodyOfExactlyTheLimitIsReadToItsEnd() throws IOException {
        try (InputStream in = ChunkedBodyLimit.bounded(body(100), 100)) {
            assertThat(in.readAllBytes()).hasSize(100);
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Test
    void oneByteMoreStopsWithTheLimitNamed() {
        InputStream in = ChunkedBodyLimit.bounded(body(101), 100);
        assertThatThrownBy(in::readAllBytes).isInstanceOf(BodyTooLargeException.class)
                .satisfies(e -> assertThat(((BodyTooLargeException) e).limit()).isEqualTo(100));
    }

    @Test
    void readByteByByteIsCountedToo() throws IOException {
        InputStream in = ChunkedBodyLimit.bounded(body(3), 2);
        assertThat(in.read()).isZero();
        assertThat(in.read()).isZero();
        assertThatThrownBy(in::read).isInstanceOf(BodyTooLargeException.class);
    }

    @Test
    void skippedBytesCount() throws IOException {
        InputStream in = ChunkedBodyLimit.bounded(body(10), 5);
        assertThat(in.read(new byte[4])).isEqualTo(4);
        assertThatThrownBy(() -> in.skip(2)).isInstanceOf(BodyTooLargeException.class);
    }

    @Test
    void outsideAnExchangeTheBodyIsReadAsItIs() {
        InputStream in = body(10);
        assertThat(ChunkedBodyLimit.bounded(in, (io.vertx.ext.web.RoutingContext) null)).isSameAs(in);
    }

    @Test
    void noMarkToReadCountedBytesAgain() {
        InputStream in = ChunkedBodyLimit.bounded(body(10), 100);
        assertThat(in.markSupported()).isFalse();
        assertThatThrownBy(in::reset).isInstanceOf(IOException.class);
    }

    @Test
    void theLimitAppliesToThePathsThatDecidePartnersAndTheAnalysts() {
        assertThat(ChunkedBodyLimit.appliesTo("/evaluate")).isTrue();
        assertThat(ChunkedBodyLimit.appliesTo("/evaluate/batch")).isTrue();
        assertThat(ChunkedBodyLimit.appliesTo("/rules/validate")).isTrue();
        assertThat(ChunkedBodyLimit.appliesTo("/rulesets")).isFalse();
        assertThat(ChunkedBodyLimit.appliesTo("/workbench/session")).isFalse();
        assertThat(ChunkedBodyLimit.appliesTo(null)).isFalse();
    }

    /** Quarkus' own count is taken off every path under /rules: a resource there that did not bound its body would have none. */
    @Test
    void everyResourceUnderRulesReadsItsBodyBounded() throws Exception {
        Path classes = Path.of("target/classes");
        List<String> unbounded = new ArrayList<>();
        List<String> underRules = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve("dev/partnertier"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (!type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                    continue; // not a resource
                }
                String base = pathOf(type.getAnnotation(jakarta.ws.rs.Path.class));
                for (java.lang.reflect.Method method : type.getDeclaredMethods()) {
                    String path = base + pathOf(method.getAnnotation(jakarta.ws.rs.Path.class));
                    String full = path.isEmpty() ? "/" : path;
                    if (ChunkedBodyLimit.appliesTo(full) && !ProblemMappers.decidesPartners(full)) {
                        underRules.add(type.getSimpleName() + "." + method.getName());
                        if (!type.isAnnotationPresent(BoundedBody.class) && !method.isAnnotationPresent(BoundedBody.class)) {
                            unbounded.add(type.getName() + "." + method.getName() + " (" + full + ")");
                        }
                    }
                }
            }
        }
        assertThat(underRules).contains("RulesResource.validate", "WhatIfResource.simulate", "WhatIfResource.simulateStream");
        assertThat(unbounded).isEmpty();
    }

    /** A JAX-RS path as it is matched: with its leading slash, without a trailing one; "" for none. */
    private static String pathOf(jakarta.ws.rs.Path path) {
        if (path == null) {
            return "";
        }
        String value = path.value().startsWith("/") ? path.value() : "/" + path.value();
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}
