package dev.partnertier;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

import dev.partnertier.activation.StartupCompile;

/** The packaged application's entry point: the rules start compiling while Quarkus boots (see {@link StartupCompile}). */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        StartupCompile.start();
        Quarkus.run(args);
    }
}
