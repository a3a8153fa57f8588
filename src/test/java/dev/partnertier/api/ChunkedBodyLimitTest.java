package dev.partnertier.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

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
}
