package dev.partnertier.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.partnertier.security.Callers.portal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** decision-log.enabled=false: decisions are made, and not logged. */
@QuarkusTest
@TestProfile(DecisionLogOffTest.Off.class)
class DecisionLogOffTest {

    public static class Off implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("decision-log.enabled", "false", "rules.reload.enabled", "false");
        }
    }

    @Test
    void noDecisionLine() throws Exception {
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger("partner-tier.decisions");
        logger.addHandler(capture);
        try {
            portal().contentType(ContentType.JSON).body(Files.readString(Path.of("examples", "silver-partner.json")))
                    .post("/evaluate").then().statusCode(200);
        } finally {
            logger.removeHandler(capture);
        }
        assertThat(records).isEmpty();
    }
}
