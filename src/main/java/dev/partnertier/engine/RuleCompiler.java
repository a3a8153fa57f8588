package dev.partnertier.engine;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.builder.conf.PropertySpecificOption;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles the DRL files of a rules folder into a {@link RuleSet} at run time, so analysts' edits need no rebuild.
 * Errors are placed at the analyst's line with a plain hint ({@link CompileProblems}).
 * The set's version covers every file given (DRL and wording). Thread-safe; each compile is independent and leaves
 * nothing behind.
 */
public final class RuleCompiler {

    private static final Logger LOG = Logger.getLogger(RuleCompiler.class);

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
        List<RuleFile> drlFiles = files.stream().filter(f -> f.path().endsWith(".drl")).toList();
        if (drlFiles.isEmpty()) {
            throw new RulesCompilationException(List.of(
                    new RuleProblem("ERROR", "", 0, 0, "there are no *.drl files in the rules folder")));
        }
        List<RuleProblem> twice = RuleNames.definedTwice(drlFiles);
        if (!twice.isEmpty()) {
            throw new RulesCompilationException(twice);
        }
        // The knowledge builder straight away, not KieServices' in-memory project: no pom, kmodule.xml or KIE
        // repository entry to generate and clean up, which is a fifth of a cold compile.
        KnowledgeBuilderConfiguration configuration = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, classLoader);
        // Facts are never modified (the rules insert conclusions, they do not update facts), so Drools' property
        // reactivity has nothing to do; left on, it warns about every constraint that calls a method with a binding.
        configuration.setOption(PropertySpecificOption.ALLOWED);
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(configuration);
        // One batch, so that a file may use what another declares (types, functions, queries) whatever their order.
        CompositeKnowledgeBuilder batch = builder.batch();
        for (RuleFile file : drlFiles) {
            Resource drl = ResourceFactory.newByteArrayResource(file.content().getBytes(StandardCharsets.UTF_8));
            drl.setSourcePath(file.path());
            batch.add(drl, ResourceType.DRL);
        }
        try {
            batch.build();
        } catch (RuntimeException e) {
            // Drools' own defects surface as exceptions on some inputs (e.g. a declared type named like a class it
            // cannot resolve): still an error in these files, never a crash of the caller. The error says what the
            // exception says; its type and stack are in the log, for whoever reports the defect.
            LOG.warn("The rule compiler threw while building the rules; the error the analyst sees follows from it", e);
            throw new RulesCompilationException(List.of(new RuleProblem("ERROR", "", 0, 0,
                    "the rule compiler could not build these files: " + FailureHints.internal(e))));
        }
        Map<String, RuleFile> byPath = new HashMap<>();
        drlFiles.forEach(f -> byPath.put(f.path(), f));
        CompileProblems problems = new CompileProblems(byPath, classLoader);
        List<RuleProblem> errors = problems.of(builder.getResults(ResultSeverity.ERROR), "ERROR");
        if (!errors.isEmpty()) {
            throw new RulesCompilationException(errors);
        }
        Map<String, RuleInfo> catalog = catalog(drlFiles);
        List<RuleProblem> timed = timed(builder, catalog, byPath);
        if (!timed.isEmpty()) {
            throw new RulesCompilationException(timed);
        }
        List<RuleProblem> literals = new ArrayList<>(LiteralConstraints.check(builder.getKnowledgePackages(), catalog, byPath));
        literals.addAll(ConstructorLiterals.check(byPath));
        literals.addAll(RequestFactChanges.check(byPath));
        if (!literals.isEmpty()) {
            throw new RulesCompilationException(literals);
        }
        KieBaseConfiguration kieBaseConfiguration = KieServices.Factory.get().newKieBaseConfiguration(null, classLoader);
        // Never changed once sessions exist (a reload builds a new KieBase): Drools then keeps a session's facts in an
        // identity store instead of per-class stores it rebuilt after every pooled session's reset (evaluation 28 ->
        // 24 µs, bench/README.md). It drops a fact no rule's pattern matched, so LiveFacts collects the conclusions.
        kieBaseConfiguration.setOption(KieBaseMutabilityOption.DISABLED);
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(kieBaseConfiguration);
        kieBase.addPackages(builder.getKnowledgePackages());
        return new RuleSet(kieBase, RuleFiles.version(files), Instant.now(), files, catalog,
                problems.of(builder.getResults(ResultSeverity.WARNING), "WARNING"));
    }

    /**
     * Rules with a {@code timer} (or the older {@code duration}) attribute, as errors at that attribute's line, with a
     * hint: a decision is made in microseconds and its session is reset for the next request, so a timer would fire,
     * from Drools' scheduler thread, into a session another request holds by then (sessions are not thread-safe,
     * {@link RuleSet}).
     */
    private static List<RuleProblem> timed(KnowledgeBuilder builder, Map<String, RuleInfo> catalog, Map<String, RuleFile> byPath) {
        List<RuleProblem> problems = new ArrayList<>();
        for (KiePackage pkg : builder.getKnowledgePackages()) {
            for (Rule rule : pkg.getRules()) {
                if (rule instanceof RuleImpl impl && impl.getTimer() != null) {
                    RuleInfo info = catalog.get(RuleSet.key(pkg.getName(), rule.getName()));
                    RuleFile file = info == null ? null : byPath.get(info.file());
                    TimerAttribute at = file == null ? new TimerAttribute(info == null ? 0 : info.line(), 0, "timer")
                            : TimerAttribute.in(file, info.line());
                    problems.add(new RuleProblem("ERROR", info == null ? "" : info.file(), at.line(), at.column(),
                            "the rule \"" + rule.getName() + "\" has a " + at.name() + ", which rules here cannot have",
                            Hint.of("rule.timer", at.name()), false));
                }
            }
        }
        return problems;
    }

    /** Where a rule's {@code timer} or {@code duration} attribute is (1-based line and column), and which it is. */
    private record TimerAttribute(int line, int column, String name) {

        /** Searched between the rule's name, at {@code ruleLine}, and its "when"; the rule's line when not found. */
        static TimerAttribute in(RuleFile file, int ruleLine) {
            String[] lines = file.content().split("\\R", -1);
            for (int i = ruleLine; i < lines.length && !lines[i].strip().startsWith("when"); i++) {
                Matcher m = TIMER_ATTRIBUTE.matcher(lines[i]);
                if (m.find()) {
                    return new TimerAttribute(i + 1, m.start(1) + 1, m.group(1));
                }
            }
            return new TimerAttribute(ruleLine, 0, "timer");
        }
    }

    private static final Pattern TIMER_ATTRIBUTE = Pattern.compile("^\\s*(timer|duration)\\b");

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
}
