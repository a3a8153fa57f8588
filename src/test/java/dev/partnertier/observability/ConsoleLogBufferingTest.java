package dev.partnertier.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.logging.Handler;

import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.Level;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.jboss.logmanager.handlers.ConsoleHandler;
import org.jboss.logmanager.handlers.DelayedHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConsoleLogBufferingTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ConsoleHandler console = new ConsoleHandler(new PatternFormatter("%s%n"));
    private final ConsoleLogBuffering buffering = new ConsoleLogBuffering();

    ConsoleLogBufferingTest() {
        console.setOutputStream(out);
    }

    @AfterEach
    void stop() {
        buffering.unbuffer();
    }

    @Test
    void aLineIsHeldBackThenWrittenWithinTheInterval() {
        buffering.buffer(List.of(console), Duration.ofSeconds(1));

        console.publish(record("decision partnerId=p-1 tier=SILVER"));

        assertThat(written()).isEmpty();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(written()).isEqualTo("decision partnerId=p-1 tier=SILVER\n"));
    }

    @Test
    void linesBeyondTheBufferAreWrittenWithoutWaitingForTheInterval() {
        buffering.buffer(List.of(console), Duration.ofHours(1));

        for (int i = 0; i < 100; i++) {
            console.publish(record("line %03d %s".formatted(i, "x".repeat(200))));
        }

        assertThat(written()).startsWith("line 000 ").contains("line 020 ").doesNotContain("line 099 ");
    }

    @Test
    void stoppingWritesWhatIsHeldAndEveryLineAfterItAtOnce() {
        buffering.buffer(List.of(console), Duration.ofHours(1));
        console.publish(record("before"));
        assertThat(written()).isEmpty();

        buffering.unbuffer();
        assertThat(written()).isEqualTo("before\n");
        console.publish(record("after"));
        assertThat(written()).isEqualTo("before\nafter\n");
    }

    @Test
    void aZeroIntervalWritesEachLineAtOnce() {
        buffering.buffer(List.of(console), Duration.ZERO);

        console.publish(record("at once"));

        assertThat(written()).isEqualTo("at once\n");
    }

    @Test
    void consoleHandlersAreFoundInsideTheHandlersQuarkusNestsThemIn() {
        DelayedHandler delayed = new DelayedHandler();
        delayed.addHandler(console);

        assertThat(ConsoleLogBuffering.consoleHandlers(new Handler[] {delayed})).containsExactly(console);
    }

    private String written() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private static ExtLogRecord record(String message) {
        return new ExtLogRecord(Level.INFO, message, ExtLogRecord.FormatStyle.NO_FORMAT, ConsoleLogBufferingTest.class.getName());
    }
}
