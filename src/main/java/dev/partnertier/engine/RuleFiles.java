package dev.partnertier.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
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
            List<Path> drl = paths
                    .filter(p -> isRuleFile(p.getFileName().toString()))
                    .filter(p -> !isHidden(dir.relativize(p)))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
            List<RuleFile> files = new ArrayList<>(drl.size());
            List<RuleProblem> unreadable = new ArrayList<>();
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
                    files.add(new RuleFile(name, utf8(bytes)));
                } catch (NotUtf8 e) {
                    unreadable.add(new RuleProblem("ERROR", name, e.line, e.column, "is not saved as UTF-8: the byte 0x"
                            + HexFormat.of().toHexDigits(e.value) + " here is not UTF-8", Hint.of("file.not-utf8"), false));
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

    /**
     * The text of a file's bytes in UTF-8, which every rule file is read as (the Korean wording too; an editor on
     * Windows may save it in a legacy encoding such as EUC-KR instead). A leading byte order mark is dropped.
     *
     * @throws NotUtf8 with the line and column (in characters, from 1) of the first byte that is not UTF-8
     */
    private static String utf8(byte[] bytes) throws NotUtf8 {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            int line = 1;
            int column = 1;
            for (int i = 0; i < out.length(); i++) {
                if (out.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            throw new NotUtf8(line, column, bytes[in.position()]);
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Where a file stops being UTF-8. */
    private static final class NotUtf8 extends Exception {
        private final int line;
        private final int column;
        private final byte value;

        NotUtf8(int line, int column, byte value) {
            super(null, null, false, false);
            this.line = line;
            this.column = column;
            this.value = value;
        }
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
