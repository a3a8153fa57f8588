package dev.partnertier;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

import dev.partnertier.engine.EarlyCompile;

/** The packaged application's entry point: the rules start compiling while Quarkus boots (see {@link EarlyCompile}). */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        EarlyCompile.start();
        Quarkus.run(args);
    }
}
