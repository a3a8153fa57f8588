package dev.partnertier;

import java.util.OptionalInt;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

import dev.partnertier.activation.StartupCompile;
import dev.partnertier.cli.Commands;

/**
 * The packaged application's entry point: an analysts' command ({@link Commands}: {@code check-rules},
 * {@code simulate-rules}) when the arguments name one, else the service, whose rules start compiling while Quarkus
 * boots (see {@link StartupCompile}).
 */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        OptionalInt command = Commands.run(args, System.out);
        if (command.isPresent()) {
            System.exit(command.getAsInt()); // an analysts' command ran instead of the service
        }
        StartupCompile.start();
        Quarkus.run(args);
    }
}
