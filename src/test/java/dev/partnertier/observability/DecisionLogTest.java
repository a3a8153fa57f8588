package dev.partnertier.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The decision line's duration: milliseconds to the microsecond, so a small decision's tens of microseconds show. */
class DecisionLogTest {

    @ParameterizedTest
    @CsvSource({
        "0, 0.000",
        "999, 0.000",
        "31000, 0.031",
        "31999, 0.031",
        "450000, 0.450",
        "1005000, 1.005",
        "96958000, 96.958",
        "12345678000, 12345.678"})
    void durationsAreWrittenInMillisecondsToTheMicrosecond(long nanos, String written) {
        assertThat(DecisionLog.milliseconds(new StringBuilder("durationMs="), nanos)).hasToString("durationMs=" + written);
    }
}
