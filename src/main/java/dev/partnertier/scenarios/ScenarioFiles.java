package dev.partnertier.scenarios;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.partnertier.contract.FieldError;
import dev.partnertier.contract.JsonErrors;
import dev.partnertier.contract.StrictJson;
import dev.partnertier.engine.Utf8Text;

/**
 * Reads scenarios from {@code *.json} files: each file holds one scenario or an array of them. The requests
 * are read exactly as {@code POST /evaluate} reads them. A file that cannot be read is a failed result, named
 * after the file, so one typo does not hide the other scenarios.
 */
public final class ScenarioFiles {

    /** The folder, inside the rules folder, where scenarios live. */
    public static final String FOLDER = "scenarios";

    /**
     * The name of a scenario file: ends in {@code .json}, with no folder, control character or leading dot (hidden files,
     * such as an editor's {@code .#tier.json} lock, are not scenarios). The folder is read, listed and posted to by this
     * one rule.
     */
    public static final String FILE_NAME = "[^./\\\\\\p{Cntrl}][^/\\\\\\p{Cntrl}]*\\.json";

    private static final Pattern FILE_NAME_PATTERN = Pattern.compile(FILE_NAME);

    private static final ObjectMapper JSON = StrictJson.configure(new ObjectMapper().findAndRegisterModules());

    private ScenarioFiles() {
    }

    /** The scenarios found, and a failed result for each file or entry that could not be read. */
    public record Loaded(List<Scenario> scenarios, List<ScenarioResult> unreadable) {

        /**
         * These scenarios with the files given ({@code name.json} to text) in place of those of the same name, or beside
         * them, in file order.
         */
        public Loaded with(Map<String, String> files) {
            if (files.isEmpty()) {
                return this;
            }
            List<Scenario> kept = new ArrayList<>(scenarios.stream().filter(s -> !files.containsKey(s.file())).toList());
            List<ScenarioResult> bad = new ArrayList<>(unreadable.stream().filter(r -> !files.containsKey(r.file())).toList());
            files.forEach((name, text) -> {
                Loaded posted = parse(name, text);
                kept.addAll(posted.scenarios());
                bad.addAll(posted.unreadable());
            });
            kept.sort(Comparator.comparing(Scenario::file));
            return new Loaded(List.copyOf(kept), List.copyOf(bad));
        }
    }

    /**
     * A short name for the scenario files of a folder as they are now: 16 hex digits of a SHA-256 over the names and
     * contents of its {@code *.json} files; "" when there is no such folder. Tells whether scenarios changed while the
     * rules did not (their version does not cover scenarios).
     */
    public static String fingerprint(Path folder) {
        if (!Files.isDirectory(folder)) {
            return "";
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files(folder)) {
                digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException e) {
            return "unreadable: " + e.getMessage(); // differs from any hash: the standing is run again, and says so
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The scenario files of a folder, sorted by name: files (or links to one, as a ConfigMap mounts them) with a {@link #FILE_NAME}. */
    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.filter(p -> FILE_NAME_PATTERN.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p))
                    .sorted().toList();
        }
    }

    /** The names of the scenario files ({@code *.json}) of a folder, sorted; none when there is no such folder. */
    public static List<String> names(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try {
            return files(folder).stream().map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * The text of one scenario file of a folder, by its name as {@link #names} gives it (nothing else is read, so a
     * name cannot reach outside the folder); empty when there is no such file, or it could not be read.
     *
     * @throws Utf8Text.NotUtf8Exception when the file is not saved as UTF-8 (where it stops being UTF-8)
     */
    public static Optional<String> text(Path folder, String name) throws Utf8Text.NotUtf8Exception {
        if (!names(folder).contains(name)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Utf8Text.decode(Files.readAllBytes(folder.resolve(name))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public static Loaded read(Path folder) {
        List<Scenario> scenarios = new ArrayList<>();
        List<ScenarioResult> unreadable = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return new Loaded(scenarios, unreadable);
        }
        try {
            for (Path file : files(folder)) {
                String name = file.getFileName().toString();
                try {
                    parse(name, Utf8Text.decode(Files.readAllBytes(file)), scenarios, unreadable);
                } catch (Utf8Text.NotUtf8Exception e) {
                    unreadable.add(failed(name, name, MismatchWords.english("not-utf8", String.valueOf(e.line()), String.valueOf(e.column()))));
                } catch (IOException e) {
                    unreadable.add(failed(name, name, MismatchWords.english("cannot-read-file", String.valueOf(e.getMessage()))));
                }
            }
        } catch (IOException e) {
            unreadable.add(failed(folder.toString(), folder.toString(), MismatchWords.english("cannot-list", String.valueOf(e.getMessage()))));
        }
        return new Loaded(scenarios, unreadable);
    }

    /** Reads the scenarios of one file's text (also used for scenarios posted to {@code POST /rules/test}). */
    public static Loaded parse(String fileName, String json) {
        List<Scenario> scenarios = new ArrayList<>();
        List<ScenarioResult> unreadable = new ArrayList<>();
        parse(fileName, json, scenarios, unreadable);
        return new Loaded(scenarios, unreadable);
    }

    private static void parse(String file, String json, List<Scenario> scenarios, List<ScenarioResult> unreadable) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            FieldError error = JsonErrors.describe("", e);
            // JSON that is not well formed is said as such, where it breaks; anything else the strict reading refuses
            // (a key given twice, nesting too deep) by its path
            if (!error.key().startsWith("body.")) {
                unreadable.add(failed(file, file, cannotBeRead(error, e)));
            } else {
                unreadable.add(failed(file, file, notJson(e)));
            }
            return;
        }
        List<JsonNode> entries = new ArrayList<>();
        if (root != null && root.isArray()) {
            root.forEach(entries::add);
        } else {
            entries.add(root);
        }
        // a name says which scenario a result is, and the workbench finds a scenario in its file by it: one per file
        Map<String, Integer> named = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            String fallbackName = entries.size() == 1 ? file : file + " #" + (i + 1);
            String name = entry != null && entry.hasNonNull("name") ? entry.get("name").asText() : fallbackName;
            Integer first = named.putIfAbsent(name, i + 1);
            if (first != null) {
                String earlier = String.valueOf(first);
                String self = String.valueOf(i + 1);
                unreadable.add(new ScenarioResult(name, file, false, List.of(new ScenarioResult.Mismatch("scenario",
                        MismatchWords.english("a-name-of-its-own"), language -> MismatchWords.say("name-of-scenario", language, earlier, self)))));
                continue;
            }
            try {
                Scenario scenario = JSON.treeToValue(entry, Scenario.class);
                if (scenario == null || scenario.request() == null || scenario.expect() == null || scenario.expect().tier() == null) {
                    unreadable.add(failed(name, file, MismatchWords.english("scenario-needs")));
                } else {
                    scenarios.add((scenario.name() == null ? new Scenario(fallbackName, scenario.description(),
                            scenario.request(), scenario.expect(), null) : scenario).inFile(file));
                }
            } catch (JsonProcessingException e) {
                FieldError error = JsonErrors.describe("", e);
                unreadable.add(failed(name, file, cannotBeRead(error, e)));
            }
        }
    }

    /**
     * Jackson's complaint in the API's words, said in each language: the field by its JSON path, never a Java class name;
     * a key given twice also by its line and column, since the analyst fixes it in the file. Only texts are kept, not
     * the exception (a scenarios' standing lives as long as the rules).
     */
    private static Function<Locale, String> cannotBeRead(FieldError error, JsonProcessingException e) {
        boolean placed = JsonErrors.GIVEN_TWICE.equals(error.key()) && e.getLocation() != null;
        String line = placed ? String.valueOf(e.getLocation().getLineNr()) : null;
        String column = placed ? String.valueOf(e.getLocation().getColumnNr()) : null;
        return language -> {
            String where = placed ? " (" + MismatchWords.say("at", language, line, column) + ")" : "";
            String complaint = error.field().isEmpty() ? error.message(language) : error.field() + where + ": " + error.message(language);
            return MismatchWords.say("cannot-be-read", language, complaint);
        };
    }

    /**
     * JSON that is not well formed, where it breaks and, for the mistakes a hand-edited file most often holds, what the
     * mistake likely is: a comma left out (reported at the next line's start) or one too many before a closing brace or
     * bracket, a value left out, a comment, a text or a name without double quotes. Jackson's own message (English) is
     * read only to tell these apart; a mistake it does not tell apart is said by its place alone.
     */
    private static Function<Locale, String> notJson(JsonProcessingException e) {
        if (e.getLocation() == null) {
            return language -> MismatchWords.say("not-json", language);
        }
        String line = String.valueOf(e.getLocation().getLineNr());
        String column = String.valueOf(e.getLocation().getColumnNr());
        String jackson = String.valueOf(e.getOriginalMessage());
        boolean startsField = jackson.contains("to start field name");
        boolean value = jackson.contains("expected a valid value");
        String reason = jackson.contains("was expecting comma") ? "json.comma-missing"
                : jackson.contains("maybe a (non-standard) comment") ? "json.comment"
                : startsField && jackson.startsWith("Unexpected character ('}'") ? "json.comma-before-brace"
                : startsField ? "json.name-quotes"
                : value && jackson.startsWith("Unexpected character (']'") ? "json.comma-before-bracket"
                : value && jackson.startsWith("Unexpected character ('}'") ? "json.value-missing"
                : value && jackson.startsWith("Unexpected character ('''") || jackson.startsWith("Unrecognized token") ? "json.value-quotes"
                : null;
        return language -> reason == null ? MismatchWords.say("not-json-at", language, line, column)
                : MismatchWords.say("not-json-at-because", language, line, column, MismatchWords.say(reason, language));
    }

    private static ScenarioResult failed(String name, String file, String problem) {
        return failed(name, file, language -> MismatchWords.in(problem, language));
    }

    private static ScenarioResult failed(String name, String file, Function<Locale, String> problem) {
        return new ScenarioResult(name, file, false, List.of(new ScenarioResult.Mismatch("scenario", MismatchWords.english("a-readable-scenario"),
                problem)));
    }
}
