package dev.partnertier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.partnertier.testing.RulesCopy;

/**
 * The packages under src/main form no cycle (no package uses one that uses it back, directly or not), and no
 * Java file names a piece of the rules' vocabulary: workloads, associations and exams live in DRL alone.
 */
class PackagesTest {

    private static final Path MAIN = Path.of("src/main/java/dev/partnertier");
    private static final Pattern USE = Pattern.compile("dev\\.partnertier\\.(\\w+)\\.[A-Z]");

    @Test
    void noPackageDependsOnItselfThroughOthers() throws IOException {
        Map<String, Set<String>> uses = uses();
        assertThat(uses).containsKeys("api", "engine", "answer");
        List<String> cycles = new ArrayList<>();
        for (String start : uses.keySet()) {
            reach(start, start, uses, new TreeSet<>(), cycles);
        }
        assertThat(cycles).isEmpty();
    }

    @Test
    void noJavaFileNamesTheRulesVocabulary() throws IOException {
        List<String> vocabulary = new ArrayList<>();
        for (Path rules : List.of(RulesCopy.SEED, RulesCopy.SHIPPED)) { // what analysts add later counts too
            // the names of workloads and associations, as the wording names them
            Matcher name = Pattern.compile("(?m)^(?:workload|association)\\.(\\w+)=").matcher(Files.readString(rules.resolve("messages_en.properties")));
            while (name.find()) {
                vocabulary.add(name.group(1));
            }
            // the exams and certifications of each qualifying route (after the route's own name)
            Matcher route = Pattern.compile("QualifyingRoute\\.\\w+\\( \"[^\"]+\",(.*)\\)").matcher(RulesCopy.drl(rules));
            while (route.find()) {
                Matcher credential = Pattern.compile("\"([^\"]+)\"").matcher(route.group(1));
                while (credential.find()) {
                    vocabulary.add(credential.group(1));
                }
            }
        }
        assertThat(vocabulary).contains("EXCHANGE_ONLINE", "DELEGATED_ADMIN", "70-346", "MCSA_OFFICE_365");
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                assertThat(vocabulary).as(file.toString()).noneMatch(text::contains);
            }
        }
    }

    private static void reach(String start, String at, Map<String, Set<String>> uses, Set<String> seen, List<String> cycles) {
        for (String next : uses.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                cycles.add(start + " -> ... -> " + at + " -> " + start);
            } else if (seen.add(next)) {
                reach(start, next, uses, seen, cycles);
            }
        }
    }

    private static Map<String, Set<String>> uses() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = MAIN.relativize(file.getParent()).toString().replace('/', '.');
                Matcher use = USE.matcher(Files.readString(file));
                while (use.find()) {
                    if (!use.group(1).equals(pkg)) {
                        uses.computeIfAbsent(pkg, p -> new TreeSet<>()).add(use.group(1));
                    }
                }
            }
        }
        return uses;
    }
}
