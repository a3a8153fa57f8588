package dev.partnertier.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rules folders tests run on, copies of them (with their scenarios and wording), and the edits tests make to them.
 * Tests of the service's mechanics run on {@link #SEED}; only tests of what ships (its scenarios pass, the README
 * names its codes, {@code ./check-rules} passes on it) read {@link #SHIPPED}, so an analyst's edit of {@code rules/}
 * is checked by its own scenarios and never by a Java test that pins one of its numbers.
 */
public final class RulesCopy {

    /** The project's rules folder, as analysts keep it. */
    public static final Path SHIPPED = Path.of("rules");

    /**
     * The seed page's rules, frozen for tests (src/test/seed-rules, see its README): the folder the test profile
     * serves ({@code %test.rules.dir}) and that {@link #copy}, {@link #temporary} and {@link #ruleCount} read.
     */
    public static final Path SEED = Path.of("src/test/seed-rules");

    private RulesCopy() {
    }

    /** Copies the seed rules into {@code target}, which may exist already. */
    public static void copy(Path target) throws IOException {
        try (Stream<Path> files = Files.walk(SEED)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path to = target.resolve(SEED.relativize(file).toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to);
            }
        }
    }

    /** Every DRL file of a rules folder, in name order, as one text (for tests that read what the rules name). */
    public static String drl(Path folder) throws IOException {
        StringBuilder drl = new StringBuilder();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                drl.append(Files.readString(file)).append('\n');
            }
        }
        return drl.toString();
    }

    /** How many rules the seed rules hold (lines that start a rule), for tests that count them. */
    public static int ruleCount() throws IOException {
        try (Stream<Path> files = Files.walk(SEED)) {
            int count = 0;
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                count += (int) Files.readAllLines(file).stream().filter(l -> l.startsWith("rule \"")).count();
            }
            return count;
        }
    }

    /**
     * A copy in a new temporary folder that lives as long as the JVM (deleted at its exit): the rules folder a test
     * profile serves, which its tests may edit.
     *
     * @throws UncheckedIOException when the copy cannot be made
     */
    public static Path temporary(String prefix) {
        try {
            Path copy = Files.createTempDirectory(prefix);
            copy(copy);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(copy)));
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    /**
     * Sets the number of a threshold rule in a copy of the rules, as an analyst would: the rule named
     * {@code ruleName} (e.g. "Silver performance threshold in a mature market") gets {@code threshold} in its
     * {@code new Threshold(...)}. Returns the file edited.
     */
    public static Path setThreshold(Path rules, String ruleName, String threshold) throws IOException {
        try (Stream<Path> files = Files.list(rules)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                String content = Files.readString(file);
                Matcher m = threshold(ruleName).matcher(content);
                if (m.find()) {
                    Files.writeString(file, content.substring(0, m.start(2)) + threshold + content.substring(m.end(2)));
                    return file;
                }
            }
        }
        throw new AssertionError("no threshold rule \"" + ruleName + "\" in " + rules);
    }

    /**
     * The DRL text {@code content} with the number of the threshold rule {@code ruleName} set to {@code threshold}
     * (whatever was written there before, even a broken number such as {@code 2,000}); {@code content} itself when
     * it has no such rule.
     */
    public static String withThreshold(String content, String ruleName, String threshold) {
        Matcher m = threshold(ruleName).matcher(content);
        return m.find() ? content.substring(0, m.start(2)) + threshold + content.substring(m.end(2)) : content;
    }

    /** The 1-based line of the first occurrence of {@code text} in a file; fails when the file does not hold it. */
    public static int lineOf(Path file, String text) throws IOException {
        String content = Files.readString(file);
        int at = content.indexOf(text);
        assertThat(at).as(text + " in " + file).isNotNegative();
        return (int) content.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    /** The threshold rule's {@code new Threshold(...)} up to its number (group 1), and the number as written (group 2). */
    private static Pattern threshold(String ruleName) {
        return Pattern.compile("(rule \"" + Pattern.quote(ruleName)
                + "\".*?new Threshold\\( Level\\.\\w+, Requirement\\.\\w+, )(.*?)(?=(?:, Market\\.\\w+)? \\) \\))", Pattern.DOTALL);
    }

    /** Replaces text that must be there: a test that edits nothing proves nothing. */
    public static void replace(Path file, String text, String replacement) throws IOException {
        String content = Files.readString(file);
        assertThat(content).as("text to replace in " + file).contains(text);
        Files.writeString(file, content.replace(text, replacement));
    }
}
