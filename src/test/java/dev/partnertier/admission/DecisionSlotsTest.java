package dev.partnertier.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Decision slots bound the decisions at once per class, and a class's slots are its own. */
class DecisionSlotsTest {

    @Test
    void aFullClassTurnsAwayAfterTheWaitWhileTheOtherClassRuns() {
        DecisionSlots slots = new DecisionSlots(1, Duration.ofMillis(50), Duration.ofSeconds(3));

        try (DecisionSlots.Slot large = slots.take(false)) {
            assertThatThrownBy(() -> slots.take(false)).isInstanceOfSatisfying(OverloadedException.class,
                    e -> assertThat(e.retryAfterSeconds()).isEqualTo(3));
            try (DecisionSlots.Slot small = slots.take(true)) {
                assertThat(small).isNotNull();
            }
        }
        try (DecisionSlots.Slot again = slots.take(false)) {
            assertThat(again).as("given back on close").isNotNull();
        }
    }
}
