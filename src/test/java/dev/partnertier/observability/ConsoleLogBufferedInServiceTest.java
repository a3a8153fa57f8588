package dev.partnertier.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtHandler;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** In the running service, the console Quarkus configured writes its lines in batches (console-log.flush-interval). */
@QuarkusTest
class ConsoleLogBufferedInServiceTest {

    @Test
    void theConsoleHandlerNoLongerFlushesEachLine() {
        List<ExtHandler> consoles = ConsoleLogBuffering.consoleHandlers(Logger.getLogger("").getHandlers());

        assertThat(consoles).isNotEmpty();
        assertThat(consoles).noneMatch(ExtHandler::isAutoFlush);
    }
}
