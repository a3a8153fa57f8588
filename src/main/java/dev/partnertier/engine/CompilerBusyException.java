package dev.partnertier.engine;

/** Another rule compile is running and did not finish within the wait: answered with 503 and {@code Retry-After}. */
public class CompilerBusyException extends RuntimeException {

    public CompilerBusyException() {
        super("another rule compile is running", null, false, false);
    }
}
