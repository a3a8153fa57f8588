package dev.partnertier.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The packaged application with authentication on (its default) and no token key refuses to start, with one line
 * that names the settings to set: never a service that is silently open, or that silently refuses everyone.
 */
class StartupWithoutKeyIT {

    @Test
    void itStopsWithOneLineNamingTheSettings() throws Exception {
        ProcessBuilder java = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=0", "-Dquarkus.management.port=0", "-jar", "target/quarkus-app/quarkus-run.jar"))
                .redirectErrorStream(true);
        java.environment().keySet().removeIf(name -> name.startsWith("MP_JWT") || name.startsWith("AUTH_"));
        Process process = java.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the service stops by itself").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.exitValue()).isNotZero();
        assertThat(output.lines().filter(l -> !l.isBlank()).toList()).singleElement().satisfies(line -> assertThat(line)
                .contains("auth.enabled is true", "mp.jwt.verify.publickey.location", "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                        "mp.jwt.verify.issuer", "AUTH_ENABLED=false"));
    }
}
