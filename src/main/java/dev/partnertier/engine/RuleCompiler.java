package dev.partnertier.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles DRL text into a {@link RuleSet} at run time, so analysts' edits need no rebuild. Thread-safe; each
 * compile is independent and leaves nothing behind in the KIE repository.
 */
public final class RuleCompiler {

    /**
     * Where the files go in the in-memory KIE project: under a {@code rules} folder, matching the
     * {@code package rules;} the DRL files declare (Drools warns when folder and package differ).
     * Stripped again from the paths in error messages.
     */
    private static final String RESOURCES = "src/main/resources/rules/";
    /** Parser errors carry the column only in their text: "[ERR 101] Line 6:23 no viable alternative...". */
    private static final Pattern LINE_AND_COLUMN = Pattern.compile("Line (\\d+):(\\d+)");
    /** Follows every parser error of a file; says nothing the first error did not. */
    private static final String NULL_PACKAGE = "Parser returned a null Package";
    private static final AtomicLong BUILDS = new AtomicLong();

    private final ClassLoader classLoader;

    /** Compiles against the class loader that sees the fact classes (the application's). */
    public RuleCompiler(ClassLoader classLoader) {
        this.classLoader = new RulesClassLoader(classLoader);
    }

    public RuleCompiler() {
        this(RuleCompiler.class.getClassLoader());
    }

    /**
     * @throws RulesCompilationException with every error's file, line and column when the files do not compile
     */
    public RuleSet compile(List<RuleFile> files) {
        if (files.isEmpty()) {
            throw new RulesCompilationException(List.of(
                    new RuleProblem("ERROR", "", 0, 0, "there are no *.drl files in the rules folder")));
        }
        String version = RuleFiles.version(files);
        KieServices kie = KieServices.Factory.get();
        // A fresh release id per build: KieServices keeps modules by id, and two builds must not share one.
        ReleaseId releaseId = kie.newReleaseId("dev.partnertier", "rules", version + "-" + BUILDS.incrementAndGet());
        KieFileSystem kfs = kie.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        for (RuleFile file : files) {
            kfs.write(RESOURCES + file.path(), file.content());
        }
        KieBuilder builder = kie.newKieBuilder(kfs, classLoader).buildAll();
        List<RuleProblem> errors = new ArrayList<>();
        List<RuleProblem> warnings = new ArrayList<>();
        for (Message message : builder.getResults().getMessages()) {
            (message.getLevel() == Message.Level.ERROR ? errors : warnings).add(problemOf(message));
        }
        if (errors.size() > 1) {
            errors.removeIf(e -> e.message().equals(NULL_PACKAGE));
        }
        if (!errors.isEmpty()) {
            kie.getRepository().removeKieModule(releaseId);
            throw new RulesCompilationException(errors);
        }
        KieBase kieBase = kie.newKieContainer(releaseId, classLoader).getKieBase();
        kie.getRepository().removeKieModule(releaseId);
        return new RuleSet(kieBase, version, Instant.now(), files, catalog(files), List.copyOf(warnings));
    }

    /** Names, places and descriptions of the rules, read with Drools' own DRL parser. */
    private static Map<String, RuleInfo> catalog(List<RuleFile> files) {
        Map<String, RuleInfo> rules = new HashMap<>();
        for (RuleFile file : files) {
            PackageDescr pkg;
            try {
                pkg = new DrlParser().parse(false, file.content());
            } catch (DroolsParserException e) {
                continue; // cannot happen for files that just compiled; the catalog is informative only
            }
            if (pkg == null) {
                continue;
            }
            for (RuleDescr rule : pkg.getRules()) {
                AnnotationDescr description = rule.getAnnotation("description");
                rules.put(RuleSet.key(pkg.getName(), rule.getName()), new RuleInfo(rule.getName(), file.path(),
                        rule.getLine(), description == null ? "" : AnnotationDescr.unquote(String.valueOf(description.getSingleValue()))));
            }
        }
        return rules;
    }

    private static RuleProblem problemOf(Message message) {
        String text = message.getText().strip();
        int line = message.getLine();
        int column = message.getColumn();
        Matcher position = LINE_AND_COLUMN.matcher(text);
        if (column <= 0 && position.find()) {
            line = line > 0 ? line : Integer.parseInt(position.group(1));
            column = Integer.parseInt(position.group(2)) + 1; // the parser counts columns from 0
        }
        return new RuleProblem(message.getLevel().name(), fileOf(message.getPath()), line, column, text);
    }

    /** Message paths are relative to the resources root ("rules/tier.drl"); analysts know the file as "tier.drl". */
    private static String fileOf(String messagePath) {
        if (messagePath == null) {
            return "";
        }
        for (String prefix : List.of(RESOURCES, "rules/")) {
            if (messagePath.startsWith(prefix)) {
                return messagePath.substring(prefix.length());
            }
        }
        return messagePath;
    }
}
