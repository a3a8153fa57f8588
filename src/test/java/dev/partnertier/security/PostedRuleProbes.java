package dev.partnertier.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * DRL files that leave a trace (a file) when any part of them runs: a consequence, a constraint, a function, a
 * declared type's initializer, a rule in the MVEL dialect, and a rule's and a query's annotation. Posted to
 * {@code POST /rules/validate}, none may leave one. Each probe writes its own marker file in a fresh folder, so a trace names its culprit.
 */
public final class PostedRuleProbes {

    private static final String WRITE = "java.nio.file.Files.writeString(java.nio.file.Path.of(\"%s\"), \"ran\")";

    private final Path folder;

    public PostedRuleProbes() {
        try {
            folder = Files.createTempDirectory("partner-tier-probes");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Probe name to the DRL text of a file named after it. */
    public Map<String, String> files() {
        Map<String, String> probes = new LinkedHashMap<>();
        probes.put("consequence", """
                package probe;
                import dev.partnertier.model.*;
                rule "A consequence that writes a file"
                when
                    Partner()
                then
                    %s;
                end
                """.formatted(write("consequence")));
        probes.put("constraint", """
                package probe;
                import dev.partnertier.model.*;
                rule "A constraint that writes a file"
                when
                    Partner( %s != null )
                then
                end
                """.formatted(write("constraint")));
        probes.put("function", """
                package probe;
                import dev.partnertier.model.*;
                function boolean touch() {
                    try { %s; } catch (java.io.IOException e) { }
                    return true;
                }
                rule "A rule that calls a function that writes a file"
                when
                    Partner()
                    eval( touch() )
                then
                end
                """.formatted(write("function")));
        probes.put("declared-type", """
                package probe;
                import dev.partnertier.model.*;
                declare Probe
                    trace : String = %s.toString()
                end
                rule "A rule that makes a declared type whose initializer writes a file"
                when
                    Partner()
                then
                    insert( new Probe() );
                end
                """.formatted(write("declared-type")));
        probes.put("mvel", """
                package probe;
                import dev.partnertier.model.*;
                rule "An MVEL rule whose constraint and consequence write a file"
                    dialect "mvel"
                when
                    Partner( %s != null )
                then
                    %s;
                end
                """.formatted(write("mvel-constraint"), write("mvel")));
        probes.put("rule-annotation", """
                package probe;
                import dev.partnertier.model.*;
                rule "A rule whose annotation writes a file"
                    @note( %s )
                when
                    Partner()
                then
                end
                """.formatted(write("rule-annotation")));
        probes.put("query-annotation", """
                package probe;
                import dev.partnertier.model.*;
                query "A query whose annotation writes a file"
                    @note( %s )
                    Partner()
                end
                """.formatted(write("query-annotation")));
        return probes;
    }

    private String write(String probe) {
        return WRITE.formatted(marker(probe).toString().replace("\\", "/"));
    }

    /**
     * True for a probe that validation refuses rather than compiles: Drools would work its value out while compiling
     * (a declared type's default value, a rule's or a query's annotation).
     */
    public static boolean refused(String probe) {
        return Set.of("declared-type", "rule-annotation", "query-annotation").contains(probe);
    }

    public Path marker(String probe) {
        return folder.resolve(probe + ".ran");
    }

    /** The traces left so far, by file name: empty when no probe ran. */
    public java.util.List<String> traces() {
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
