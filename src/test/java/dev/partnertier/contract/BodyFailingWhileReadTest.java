package dev.partnertier.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A body whose stream fails while it is read (the size limit of a chunked body passed) fails as the stream did,
 * wherever the reading is: never as a field of the partner said to be unreadable.
 */
class BodyFailingWhileReadTest {

    private static final PartnerReader READER = new PartnerReader(StrictJson.configure(new ObjectMapper()), RequestLimits.NONE);

    /** Throws this failure once more than {@code limit} bytes have been read. */
    private static InputStream failingAfter(String body, int limit, UncheckedIOException failure) {
        return failingAfter(body, limit, (Exception) failure);
    }

    /** Throws this failure (unchecked, or an IOException) once more than {@code limit} bytes have been read. */
    private static InputStream failingAfter(String body, int limit, Exception failure) {
        return new FilterInputStream(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))) {
            private int read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int off, int len) throws IOException {
                int n = super.read(buffer, off, Math.min(len, 16)); // small reads: the failure lands inside a value
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) throws IOException {
                read += n;
                if (read > limit) {
                    if (failure instanceof IOException checked) {
                        throw checked;
                    }
                    throw (RuntimeException) failure;
                }
            }
        };
    }

    @Test
    void aFailureInsideACustomerIsThrownAsItCame() {
        String body = "{\"partnerId\":\"p\",\"market\":\"MATURE\",\"customers\":[{\"tenantId\":\"t\",\"associations\":[\"DELEGATED_ADMIN\"],"
                + "\"workloads\":[{\"workload\":\"EXCHANGE_ONLINE\",\"activeUsers\":10},{\"workload\":\"SHAREPOINT_ONLINE\",\"activeUsers\":20}]}]}";
        UncheckedIOException failure = new UncheckedIOException(new IOException("over the limit"));
        int insideTheSecondWorkload = body.indexOf("SHAREPOINT");

        assertThat(catchThrowable(() -> READER.read(failingAfter(body, insideTheSecondWorkload, failure)))).isSameAs(failure);
    }

    @Test
    void aFailureInsideAnIndividualIsThrownAsItCame() {
        String body = "{\"partnerId\":\"p\",\"market\":\"MATURE\",\"individuals\":[{\"id\":\"a\",\"exams\":[\"70-346\",\"70-347\"]}]}";
        UncheckedIOException failure = new UncheckedIOException(new IOException("over the limit"));

        assertThat(catchThrowable(() -> READER.read(failingAfter(body, body.indexOf("70-347"), failure)))).isSameAs(failure);
    }

    /** The client gone mid-body: Jackson wraps the stream's IOException inside a list; it is not the customer's fault. */
    @Test
    void aReadFailingInsideAListOfACustomerIsTheBodyFailing() {
        String body = "{\"partnerId\":\"p\",\"market\":\"MATURE\",\"customers\":[{\"tenantId\":\"t\",\"associations\":[\"DELEGATED_ADMIN\",\"PARTNER_OF_RECORD\"],"
                + "\"workloads\":[{\"workload\":\"EXCHANGE_ONLINE\",\"activeUsers\":10}]}]}";
        IOException gone = new IOException("connection reset");

        Throwable thrown = catchThrowable(() -> READER.read(failingAfter(body, body.indexOf("PARTNER_OF_RECORD"), gone)));

        assertThat(thrown).isInstanceOf(UncheckedIOException.class).hasCause(gone);
    }
}
