package dev.partnertier.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The memory budget admits what fits, queues what does not without a thread, and never lets small ones starve. */
class MemoryBudgetTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Duration RETRY = Duration.ofSeconds(2);

    private static Reservation now(CompletableFuture<Reservation> future) throws Exception {
        assertThat(future).as("admitted at once").isCompleted();
        return future.get();
    }

    @Test
    void whatFitsIsAdmittedAtOnceAndGivenBackOnClose() throws Exception {
        MemoryBudget budget = new MemoryBudget(100, 10);

        Reservation a = now(budget.reserve(60, false, WAIT, RETRY));
        Reservation b = now(budget.reserve(30, false, WAIT, RETRY));

        assertThat(budget.used()).isEqualTo(90);
        a.close();
        a.close(); // twice: given back once
        assertThat(budget.used()).isEqualTo(30);
        b.close();
        assertThat(budget.used()).isZero();
    }

    @Test
    void aRequestThatWouldNeverFitIsRefusedAtOnceNamingTheLimit() {
        MemoryBudget budget = new MemoryBudget(100, 10);

        assertThatThrownBy(() -> budget.reserve(95, false, WAIT, RETRY).get())
                .hasCauseInstanceOf(TooLargeException.class)
                .cause().satisfies(e -> assertThat(((TooLargeException) e).budget()).isEqualTo(90));
        assertThat(budget.reserve(95, true, WAIT, RETRY)).as("small ones may use the whole budget").isCompleted();
    }

    @Test
    void whatDoesNotFitWaitsAndIsAdmittedWhenMemoryIsGivenBack() throws Exception {
        MemoryBudget budget = new MemoryBudget(100, 10);
        Reservation big = now(budget.reserve(80, false, WAIT, RETRY));

        CompletableFuture<Reservation> waiting = budget.reserve(50, false, WAIT, RETRY);
        assertThat(waiting).isNotDone();

        big.close();

        assertThat(waiting.get(1, TimeUnit.SECONDS).bytes()).isEqualTo(50);
        assertThat(budget.used()).isEqualTo(50);
    }

    @Test
    void aRequestThatWaitsTooLongIsTurnedAwayWithRetryAfterAndLeavesNoReservation() {
        MemoryBudget budget = new MemoryBudget(100, 10);
        budget.reserve(80, false, WAIT, RETRY);

        CompletableFuture<Reservation> refused = budget.reserve(50, false, Duration.ofMillis(50), RETRY);

        assertThatThrownBy(() -> refused.get(2, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(OverloadedException.class, e -> assertThat(e.retryAfterSeconds()).isEqualTo(2));
        assertThat(budget.used()).isEqualTo(80);
    }

    @Test
    void smallRequestsNeverWaitBehindLargeOnes() throws Exception {
        MemoryBudget budget = new MemoryBudget(100, 10);
        Reservation large = now(budget.reserve(85, false, WAIT, RETRY));
        CompletableFuture<Reservation> largeWaiting = budget.reserve(40, false, WAIT, RETRY);

        Reservation small = now(budget.reserve(10, true, WAIT, RETRY));

        assertThat(largeWaiting).isNotDone();
        assertThat(budget.used()).isEqualTo(95);
        small.close();
        large.close();
        assertThat(largeWaiting.get(1, TimeUnit.SECONDS).bytes()).isEqualTo(40);
    }

    @Test
    void largeRequestsAreAdmittedInTheOrderTheyCame() throws Exception {
        MemoryBudget budget = new MemoryBudget(100, 10);
        Reservation first = now(budget.reserve(60, false, WAIT, RETRY));
        CompletableFuture<Reservation> second = budget.reserve(60, false, WAIT, RETRY);
        CompletableFuture<Reservation> third = budget.reserve(20, false, WAIT, RETRY);

        assertThat(third).as("does not pass the large request that came before it").isNotDone();
        first.close();

        assertThat(second.get(1, TimeUnit.SECONDS).bytes()).isEqualTo(60);
        assertThat(third.get(1, TimeUnit.SECONDS).bytes()).isEqualTo(20);
    }

    @Test
    void aLargeRequestThatFitsWhenMemoryIsGivenBackStillWaitsForTheLargeOneBeforeIt() throws Exception {
        MemoryBudget budget = new MemoryBudget(100, 10);
        Reservation first = now(budget.reserve(50, false, WAIT, RETRY));
        Reservation other = now(budget.reserve(20, false, WAIT, RETRY));
        CompletableFuture<Reservation> second = budget.reserve(60, false, WAIT, RETRY);
        CompletableFuture<Reservation> third = budget.reserve(20, false, WAIT, RETRY);

        other.close(); // 50 held: room for the third (20), not for the second (60)

        assertThat(second).isNotDone();
        assertThat(third).as("does not pass the large request that came before it").isNotDone();
        assertThat(budget.used()).isEqualTo(50);
        first.close();
        assertThat(second.get(1, TimeUnit.SECONDS).bytes()).isEqualTo(60);
        assertThat(third.get(1, TimeUnit.SECONDS).bytes()).isEqualTo(20);
        assertThat(budget.used()).isEqualTo(80);
    }

    @Test
    void aLargeRequestHeldBackByOneThatTimesOutIsAdmittedThen() throws Exception {
        MemoryBudget budget = new MemoryBudget(100, 10);
        now(budget.reserve(50, false, WAIT, RETRY));
        Reservation other = now(budget.reserve(20, false, WAIT, RETRY));
        CompletableFuture<Reservation> first = budget.reserve(60, false, Duration.ofMillis(100), RETRY);
        CompletableFuture<Reservation> second = budget.reserve(20, false, WAIT, RETRY);
        other.close(); // room for the second, held back by the first
        assertThat(second).isNotDone();

        assertThatThrownBy(() -> first.get(2, TimeUnit.SECONDS)).cause().isInstanceOf(OverloadedException.class);
        assertThat(second.get(1, TimeUnit.SECONDS).bytes()).as("admitted when the one before it gives up").isEqualTo(20);
        assertThat(budget.used()).isEqualTo(70);
    }

    @Test
    void aSmallRequestMayPassALargeOneThatDoesNotFitYet() throws Exception {
        MemoryBudget budget = new MemoryBudget(100, 10);
        Reservation large = now(budget.reserve(50, false, WAIT, RETRY));
        Reservation other = now(budget.reserve(45, true, WAIT, RETRY));
        CompletableFuture<Reservation> largeWaiting = budget.reserve(60, false, WAIT, RETRY);
        CompletableFuture<Reservation> smallWaiting = budget.reserve(10, true, WAIT, RETRY);
        assertThat(smallWaiting).isNotDone();

        other.close(); // 50 held: room for the small one, not for the large one

        assertThat(smallWaiting.get(1, TimeUnit.SECONDS).bytes()).isEqualTo(10);
        assertThat(largeWaiting).isNotDone();
        large.close();
        assertThat(largeWaiting.get(1, TimeUnit.SECONDS).bytes()).isEqualTo(60);
        assertThat(budget.used()).isEqualTo(70);
    }
}
