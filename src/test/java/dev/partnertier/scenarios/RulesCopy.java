package dev.partnertier.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies the project's rules folder (with its scenarios) for tests that edit rules. */
public final class RulesCopy {

    private RulesCopy() {
    }

    public static void copy(Path target) throws IOException {
        Path source = Path.of("rules");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path to = target.resolve(source.relativize(file).toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to);
            }
        }
    }

    /** How many rules the project's rules folder holds (lines that start a rule), for tests that count them. */
    public static int ruleCount() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            int count = 0;
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                count += (int) Files.readAllLines(file).stream().filter(l -> l.startsWith("rule \"")).count();
            }
            return count;
        }
    }

    /** Deletes a copy made by {@link #copy}, quietly: it is a temporary folder. */
    public static void delete(Path copy) {
        try (Stream<Path> files = Files.walk(copy)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // left for the system's temporary-file cleaning
        }
    }

    /** Replaces text that must be there: a test that edits nothing proves nothing. */
    public static void replace(Path file, String text, String replacement) throws IOException {
        String content = Files.readString(file);
        assertThat(content).as("text to replace in " + file).contains(text);
        Files.writeString(file, content.replace(text, replacement));
    }
}
