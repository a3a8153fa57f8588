package dev.partnertier.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Decision slots bound the large partners decided at once, turn the next away after the wait, and are given back. */
class DecisionSlotsTest {

    @Test
    void fullSlotsTurnAwayAfterTheWaitAndAreGivenBackOnClose() {
        DecisionSlots slots = new DecisionSlots(1, Duration.ofMillis(50), Duration.ofSeconds(3));

        try (DecisionSlots.Slot taken = slots.take()) {
            assertThatThrownBy(slots::take).isInstanceOfSatisfying(OverloadedException.class,
                    e -> assertThat(e.retryAfterSeconds()).isEqualTo(3));
        }
        try (DecisionSlots.Slot again = slots.take()) {
            assertThat(again).as("given back on close").isNotNull();
        }
    }
}
