package dev.partnertier.activation;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/**
 * Compiles the active rules a few times in the background and throws the results away. The first compiles in a
 * JVM run on cold code (over a second each, measured); after these the first real reload or validation takes a few
 * hundred milliseconds, as the later ones do.
 */
@ApplicationScoped
public class CompilerWarmUp {

    private static final Logger LOG = Logger.getLogger(CompilerWarmUp.class);
    /** Measured: the third compile in a JVM is within 1.5x of the steady state; the first takes ~10x. */
    static final int COMPILES = 3;
    /**
     * The compiler is exercised a little after start-up, not during it: on two cores it would otherwise slow the
     * first requests. A reload asked for before then simply runs first, on a compiler that is not warm yet.
     */
    static final Duration DELAY = Duration.ofSeconds(5);

    private final ActiveRules active;

    public CompilerWarmUp(ActiveRules active) {
        this.active = active;
    }

    void exercise() {
        long start = System.nanoTime();
        for (int i = 0; i < COMPILES; i++) {
            active.loader().compile(active.get().rules().sources());
        }
        LOG.debugf("Rule compiler warmed up with %d compiles in %d ms", COMPILES, Duration.ofNanos(System.nanoTime() - start).toMillis());
    }
}
