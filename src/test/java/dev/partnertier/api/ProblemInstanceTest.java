package dev.partnertier.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A problem's instance repeats the request's path as sent, bounded, and stays a URI reference when cut. */
class ProblemInstanceTest {

    @Test
    void aShortPathIsRepeatedAsSent() {
        assertThat(ProblemMappers.instance("/x%00%3Cscript%3E")).isEqualTo("/x%00%3Cscript%3E");
    }

    @Test
    void aLongPathIsCutAtTheLimitButNeverInsideAPercentEscape() {
        String path = "/" + "a".repeat(ProblemMappers.INSTANCE_LENGTH - 3) + "%3C" + "b".repeat(100);
        for (int shift = 0; shift < 4; shift++) {
            String longer = "/" + "a".repeat(shift) + path.substring(1);
            String instance = ProblemMappers.instance(longer);
            assertThat(instance.length()).isLessThanOrEqualTo(ProblemMappers.INSTANCE_LENGTH);
            assertThat(instance).as("cut %d", shift).doesNotMatch(".*%[0-9A-Fa-f]?$");
            assertThat(longer).startsWith(instance);
        }
    }
}
