package dev.partnertier.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.OptionalInt;

/**
 * The packaged application's commands for analysts, run instead of the service when the first argument names
 * one: {@code java -jar quarkus-run.jar check-rules [DIR]} and {@code simulate-rules CANDIDATE_DIR PARTNERS_DIR_OR_FILE}.
 * No HTTP server starts; the exit code says whether all is well.
 */
public final class Commands {

    private Commands() {
    }

    /** Runs the command named by {@code args[0]}; empty when the arguments name none (then the service starts). */
    public static OptionalInt run(String[] args, PrintStream out) {
        if (args.length == 0) {
            return OptionalInt.empty();
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case CheckRules.NAME -> OptionalInt.of(run(() -> CheckRules.run(rest, out)));
            case SimulateRules.NAME -> OptionalInt.of(run(() -> SimulateRules.run(rest, out)));
            default -> OptionalInt.empty();
        };
    }

    private static int run(java.util.function.IntSupplier command) {
        quietLibraries();
        return command.getAsInt();
    }

    /** Analysts read this output: the libraries' start-up notices would only be in the way. */
    private static void quietLibraries() {
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        java.util.logging.Logger.getLogger("org.drools").setLevel(java.util.logging.Level.WARNING);
        java.util.logging.Logger.getLogger("org.kie").setLevel(java.util.logging.Level.WARNING);
    }
}
