package dev.partnertier.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads the DRL files of a rules folder and names a set of files by the hash of their contents. */
public final class RuleFiles {

    private RuleFiles() {
    }

    /**
     * Every {@code *.drl} under {@code dir} and the wording files ({@code *.properties}) beside them, sorted by
     * path. Hidden entries (names starting with '.') are skipped: editors' swap files, and the {@code ..data} copies
     * Kubernetes keeps beside a mounted ConfigMap. Scenarios ({@code *.json}) are not rules. Every file is read as
     * UTF-8 (a leading byte order mark dropped).
     *
     * @throws RulesCompilationException naming each file that cannot be read or is not UTF-8 (at the line and column
     *         where it stops being UTF-8), or the folder when it cannot be listed
     */
    public static List<RuleFile> read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RulesCompilationException(List.of(new RuleProblem("ERROR", dir.toString(), 0, 0,
                    "the rules folder does not exist or is not a folder")));
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            List<Path> visible = paths
                    .filter(p -> !isHidden(dir.relativize(p)))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
            List<Path> drl = visible.stream().filter(p -> isRuleFile(p.getFileName().toString())).toList();
            List<RuleFile> files = new ArrayList<>(drl.size());
            List<RuleProblem> unreadable = new ArrayList<>();
            for (Path p : visible) {
                meantAs(p.getFileName().toString()).ifPresent(meant -> unreadable.add(new RuleProblem("ERROR", relativeName(dir, p),
                        0, 0, "is not read: only files whose names end in .drl or .properties, in small letters, are",
                        Hint.of("file.extension", p.getFileName().toString(), meant), false)));
            }
            for (Path p : drl) {
                String name = relativeName(dir, p);
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(p);
                } catch (AccessDeniedException e) {
                    unreadable.add(new RuleProblem("ERROR", name, 0, 0, "cannot be read: the service has no permission to read it"));
                    continue;
                }
                try {
                    files.add(new RuleFile(name, Utf8Text.decode(bytes)));
                } catch (Utf8Text.NotUtf8Exception e) {
                    unreadable.add(new RuleProblem("ERROR", name, e.line(), e.column(), "is not saved as UTF-8: the byte 0x"
                            + e.byteInHex() + " here is not UTF-8", Hint.of("file.not-utf8"), false));
                }
            }
            if (!unreadable.isEmpty()) {
                throw new RulesCompilationException(unreadable);
            }
            return files;
        } catch (IOException e) {
            if (e instanceof NoSuchFileException) {
                // A file vanished while we read (an editor's rename): the watcher will call again.
                throw new RulesCompilationException(List.of(new RuleProblem("ERROR", e.getMessage(), 0, 0,
                        "a rule file disappeared while it was being read")));
            }
            throw new RulesCompilationException(List.of(new RuleProblem("ERROR", dir.toString(), 0, 0,
                    "the rules folder cannot be read (" + e.getMessage() + ")")));
        }
    }

    /** A place in a rule file: its path, and a line and column counted from 1. */
    public record Place(String file, int line, int column) {
    }

    /**
     * The first place where the DRL files write {@code text} as code, not inside a comment: a quoted text
     * ({@code "CONTOSO_MAIL"}) is found by its opening quote. Empty when no {@code .drl} file writes it.
     */
    public static Optional<Place> placeOf(List<RuleFile> files, String text) {
        for (RuleFile file : files) {
            if (!file.path().endsWith(".drl") || text.isEmpty()) {
                continue;
            }
            DrlSource source = new DrlSource(file.content());
            for (int n = 1; n <= source.lineCount(); n++) {
                String line = source.line(n);
                String code = source.code(n);
                for (int at = line.indexOf(text); at >= 0; at = line.indexOf(text, at + 1)) {
                    if (at < code.length() && code.charAt(at) == text.charAt(0)) {
                        return Optional.of(new Place(file.path(), n, at + 1));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A short, stable name for a set of rule files: the first 16 hex digits of a SHA-256 over paths and contents. */
    public static String version(List<RuleFile> files) {
        MessageDigest digest = sha256();
        for (RuleFile f : files) {
            digest.update(f.path().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(f.content().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    /** The SHA-256 of one file's content, in hex. */
    public static String sha256(String content) {
        return HexFormat.of().formatHex(sha256().digest(content.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A file the rules are made of: DRL, or the wording of the answers. */
    /**
     * The name a file of the folder was meant to have when it is a rule or wording file saved under another ending:
     * {@code performance.DRL}, {@code performance.drl.txt} (an editor's own ending), {@code messages_ko.Properties}.
     * Empty for a rule file and for anything else (a copy kept as {@code performance.drl.bak} is not read, on purpose).
     */
    static Optional<String> meantAs(String name) {
        if (isRuleFile(name)) {
            return Optional.empty();
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        for (String ending : List.of(".drl", ".properties")) {
            if (lower.endsWith(ending)) {
                return Optional.of(name.substring(0, name.length() - ending.length()) + ending);
            }
            if (lower.endsWith(ending + ".txt")) {
                return Optional.of(name.substring(0, name.length() - ending.length() - ".txt".length()) + ending);
            }
        }
        return Optional.empty();
    }

    public static boolean isRuleFile(String name) {
        return name.endsWith(".drl") || name.endsWith(".properties");
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String relativeName(Path dir, Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }
}
