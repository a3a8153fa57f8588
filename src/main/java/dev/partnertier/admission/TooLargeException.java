package dev.partnertier.admission;

/** A request that needs more memory than the whole budget: answered 413 naming the limit. */
public class TooLargeException extends RuntimeException {

    private final long needed;
    private final long budget;

    public TooLargeException(long needed, long budget) {
        super("needs " + needed + " bytes; the budget is " + budget, null, false, false);
        this.needed = needed;
        this.budget = budget;
    }

    public long needed() {
        return needed;
    }

    public long budget() {
        return budget;
    }
}
