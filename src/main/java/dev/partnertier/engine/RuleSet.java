package dev.partnertier.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.mvel.ConstraintEvaluationException;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.conf.ThreadSafeOption;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.internal.event.rule.RuleEventManager;

import dev.partnertier.model.PartnerFacts;

/**
 * One compiled set of rules: shared by every request (a KieBase is thread-safe), each evaluation in a session of its
 * own, taken from a pool and reset when given back (Drools' {@code KieSessionsPool}: a new session per evaluation
 * cost a seventh of a small decision, measured).
 */
public final class RuleSet {

    /** One file's group of rule names in Drools' message for a constraint that threw: {@code [Rule "A", "B" in a.drl]}. */
    private static final Pattern RULES_OF_A_FILE = Pattern.compile("\\[Rule (\"[^\\]]*\") in ([^\\]]+)\\]");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    /** Sessions kept ready: about the decisions that run at once (on the event loops and in the decision slots). */
    private static final int SESSIONS = 8;
    /** The suffix of the class Drools generates to call a rule's default consequence. */
    private static final String CONSEQUENCE_INVOKER = "DefaultConsequenceInvoker";

    private final KieBase kieBase;
    private final KieSessionsPool sessions;
    private final KieSessionConfiguration sessionConfiguration;
    private final String version;
    private final Instant compiledAt;
    private final List<RuleFile> sources;
    private final List<RuleFileInfo> files;
    private final Map<String, RuleInfo> rulesByKey;
    /** The same, by the compiled rule: a fired rule is named without building its key (a hundredth of a small decision). */
    private final Map<Rule, RuleInfo> rulesByRule;
    /** The same, by the name of the class Drools generated for the rule (see {@link #ruleOnStack}). */
    private final Map<String, RuleInfo> rulesByClass;
    private final List<RuleProblem> warnings;

    RuleSet(KieBase kieBase, String version, Instant compiledAt, List<RuleFile> sources,
            Map<String, RuleInfo> rulesByKey, List<RuleProblem> warnings) {
        this.kieBase = kieBase;
        this.sessions = kieBase.newKieSessionsPool(SESSIONS);
        // A session is used by one thread at a time (taken from the pool, given back): Drools' unsynchronized
        // propagation list and agenda state machine are enough, and cheaper (bench/README.md). Nothing else reaches
        // into it: RuleCompiler refuses rules with timers, which Drools would fire from its scheduler thread.
        this.sessionConfiguration = KieServices.get().newKieSessionConfiguration();
        this.sessionConfiguration.setOption(ThreadSafeOption.NO);
        this.version = version;
        this.compiledAt = compiledAt;
        this.sources = List.copyOf(sources);
        this.files = sources.stream().map(f -> new RuleFileInfo(f.path(), RuleFiles.sha256(f.content()))).toList();
        this.rulesByKey = Map.copyOf(rulesByKey);
        this.rulesByRule = byRule(kieBase, this.rulesByKey);
        this.rulesByClass = byClass(this.rulesByRule);
        this.warnings = warnings;
    }

    /** The hash of the rule files' contents that every decision names. */
    public String version() {
        return version;
    }

    public Instant compiledAt() {
        return compiledAt;
    }

    public List<RuleFileInfo> files() {
        return files;
    }

    /** The files this set was compiled from: its DRL and its wording. */
    public List<RuleFile> sources() {
        return sources;
    }

    public List<RuleProblem> warnings() {
        return warnings;
    }

    /** Every rule, ordered by file and line. */
    public List<RuleInfo> rules() {
        return rulesByKey.values().stream()
                .sorted(Comparator.comparing(RuleInfo::file).thenComparingInt(RuleInfo::line))
                .toList();
    }

    /**
     * Evaluates one partner on the calling thread: a session taken from the pool, the facts inserted, the rules fired,
     * the conclusions collected, the session reset and given back whatever happens.
     *
     * @throws RuleOutcomeException when the rules loop, a condition or a consequence throws, or they reach no single verdict
     *         (a defect in the rules)
     */
    public Evaluation evaluate(PartnerFacts facts) {
        KieSession session = sessions.newKieSession(sessionConfiguration);
        FiredRulesListener listener = new FiredRulesListener();
        LiveFacts live = new LiveFacts(Evaluation.NAMED_IN_CONFLICTS);
        try {
            ((RuleEventManager) session).addEventListener(listener); // as every session of the classic engine is
            session.addEventListener(live); // before the first insert: the request's facts are counted as well
            List<Object> inserted = facts.facts();
            // A bound on firings turns a rule that loops into an error instead of a hung request.
            int limit = 1_000 + 50 * inserted.size();
            try {
                run(session, inserted, limit);
            } catch (AssertionError | StackOverflowError e) {
                // What rules throw that is no exception: an assert, a function that calls itself without end. Drools
                // handles a consequence's exceptions only; the pool's reset below clears the agenda all the same.
                // (Any other Error is the deployment's, not the rules': it goes on as it is.)
                throw failedWith(e, listener.firing());
            }
            if (listener.total() >= limit) {
                throw loop(listener, limit);
            }
            return Evaluation.collect(live.facts(), fact -> statedBy(live, fact), firedRules(listener), version);
        } finally {
            if (session instanceof RuleEventManager events) {
                events.removeEventListener(listener); // a reset leaves listeners registered
            }
            session.removeEventListener(live);
            session.dispose(); // back to the pool, reset
        }
    }

    /**
     * A consequence or a condition threw an {@link Error}: an {@code AssertionError}, or the {@code StackOverflowError}
     * of a rule or function that calls itself without end. Named as an exception is: by the rule whose code is on the
     * stack when it is a condition (of a rule matching a fact the running consequence inserted, say), else by the rule
     * whose consequence was running (a deep stack keeps only its innermost frames, the function's).
     */
    private RuleOutcomeException failedWith(Error e, Rule firing) {
        RuleInfo running = firing == null ? null : info(firing);
        RuleInfo onStack = ruleOnStack(e);
        if (onStack != null && !onStack.equals(running)) {
            String context = firing == null ? "" : ", on a fact the rule \"" + firing.getName() + "\" inserted or changed";
            return new RuleOutcomeException("a condition of the rule \"" + onStack.name() + "\"" + where(onStack) + " failed" + context + ": "
                    + cause(e), e, onStack);
        }
        if (firing != null) {
            return new RuleOutcomeException("the rule \"" + firing.getName() + "\"" + where(running) + " failed: " + cause(e), e, running);
        }
        return new RuleOutcomeException("a condition of the rules failed: " + cause(e), e, null);
    }

    /**
     * The firing limit was reached: the rule that fired most is named, as the one that re-triggers itself (a rule that
     * does not loop fires about once per fact it matches).
     */
    private RuleOutcomeException loop(FiredRulesListener listener, int limit) {
        Rule most = listener.rules().stream().max(Comparator.comparingInt(listener::firings)).orElseThrow();
        RuleInfo info = info(most);
        return new RuleOutcomeException("the rules did not settle after " + limit + " firings; the rule \"" + most.getName() + "\""
                + where(info) + " fired " + listener.firings(most) + " times", null, info, FailureHints.LOOP);
    }

    /**
     * Inserts the facts and fires the rules. Whatever the rules throw meanwhile is a defect in the rules, as a missing
     * verdict is: the same answer (500 rules-failed), naming what the rules wrote.
     */
    private void run(KieSession session, List<Object> facts, int limit) {
        try {
            for (Object fact : facts) {
                session.insert(fact);
            }
            session.fireAllRules(limit);
        } catch (ConsequenceException e) {
            ConstraintEvaluationException condition = constraintIn(e);
            if (condition != null) {
                // The consequence inserted or changed a fact, and another rule's constraint threw on it at once (Drools
                // matches a fact as it is inserted): that rule is at fault, not the one whose consequence was running.
                throw conditionFailed(condition, ", on a fact the rule \"" + e.getRule().getName() + "\" inserted or changed");
            }
            RuleInfo info = info(e.getRule());
            Throwable thrown = e.getCause() == null ? e : e.getCause();
            throw new RuleOutcomeException("the rule \"" + e.getRule().getName() + "\"" + where(info) + " failed: " + cause(thrown),
                    thrown, info);
        } catch (RuntimeException e) {
            // A condition that throws while facts are matched (a method a constraint calls, an eval, an accumulate).
            ConstraintEvaluationException condition = constraintIn(e);
            if (condition != null) {
                throw conditionFailed(condition, "");
            }
            // An eval or an accumulate: Drools names no rule, but the code it runs is in the rule's class.
            RuleInfo rule = ruleOnStack(e);
            String which = rule == null ? "a condition of the rules" : "a condition of the rule \"" + rule.name() + "\"" + where(rule);
            throw new RuleOutcomeException(which + " failed: " + cause(e), e, rule);
        }
    }

    /**
     * The rule whose generated class runs in the failure's stack (innermost first), or null. Drools compiles a rule's
     * evals, accumulate expressions and consequence into static methods of one class, and names the consequence's
     * invoker after it: that class name plus {@code DefaultConsequenceInvoker} (JavaConsequenceBuilder). Not found: a rule
     * of {@code dialect "mvel"} or a {@code from} (MVEL runs their code), and a stack the JVM left out (the image keeps
     * them with {@code -XX:-OmitStackTraceInFastThrow}). When rules share an eval, the one Drools built it for is named.
     */
    private RuleInfo ruleOnStack(Throwable e) {
        List<Throwable> innermostFirst = new ArrayList<>(chain(e));
        java.util.Collections.reverse(innermostFirst);
        for (Throwable t : innermostFirst) {
            for (StackTraceElement frame : t.getStackTrace()) {
                RuleInfo rule = ruleOfClass(frame.getClassName());
                if (rule != null) {
                    return rule;
                }
            }
        }
        return null;
    }

    /**
     * The rule a generated class belongs to: the rule's own class, or one nested in it (an inline accumulate's code, an
     * anonymous class), {@code Rule_X$1}. Drools writes a rule name's other characters with {@code $} too
     * ({@code partner$u39$s}), so the name is cut back one {@code $} at a time.
     */
    private RuleInfo ruleOfClass(String name) {
        for (String candidate = name; ; candidate = candidate.substring(0, candidate.lastIndexOf('$'))) {
            RuleInfo rule = rulesByClass.get(candidate);
            if (rule != null || candidate.indexOf('$') < 0) {
                return rule;
            }
        }
    }

    private RuleOutcomeException conditionFailed(ConstraintEvaluationException e, String context) {
        RuleInfo rule = named(e.getMessage());
        return new RuleOutcomeException("a condition of the rules failed" + where(rule) + context + ": " + cause(e), e, rule);
    }

    /** " (throws.drl, line 4)": where an analyst finds the rule; empty when the rule is not known. */
    static String where(RuleInfo rule) {
        return rule == null ? "" : " (" + rule.file() + ", line " + rule.line() + ")";
    }

    private static ConstraintEvaluationException constraintIn(Throwable e) {
        for (Throwable t : chain(e)) {
            if (t instanceof ConstraintEvaluationException constraint) {
                return constraint;
            }
        }
        return null;
    }

    /**
     * What went wrong, in the rules' words where Drools has them: for a constraint, its text, its rule and the rule's
     * file (ConstraintEvaluationException's message); for an eval or an accumulate nothing (the caller names their rule).
     * Then the innermost cause, e.g. {@code NumberFormatException: For input string: "p-1"}.
     */
    private static String cause(Throwable e) {
        List<Throwable> chain = chain(e);
        Throwable root = chain.get(chain.size() - 1);
        String constraint = e instanceof ConstraintEvaluationException && root != e ? e.getMessage() + ": " : "";
        return constraint + FailureHints.said(root);
    }

    /** The exception and its causes, outermost first; each once, should causes form a cycle. */
    static List<Throwable> chain(Throwable e) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    /**
     * The first rule, by file and line, among those a constraint's message names; null when it names none of this
     * set's rules. Drools' message (MessageUtils in drools-core) groups the rules sharing the constraint by file, each
     * group's names sorted: {@code [Rule "A", "B" in a.drl] [Rule "C" in c.drl]}.
     */
    private RuleInfo named(String message) {
        if (message == null) {
            return null;
        }
        Set<String> named = new HashSet<>();
        Matcher group = RULES_OF_A_FILE.matcher(message);
        while (group.find()) {
            Matcher name = QUOTED.matcher(group.group(1));
            while (name.find()) {
                named.add(fileName(group.group(2)) + '\n' + name.group(1));
            }
        }
        for (RuleInfo rule : rules()) {
            if (named.contains(fileName(rule.file()) + '\n' + rule.name())) {
                return rule;
            }
        }
        return null;
    }

    /** The name of a rule file without its folders: Drools and the rules folder may give it from different roots. */
    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private List<FiredRule> firedRules(FiredRulesListener listener) {
        List<FiredRule> fired = new ArrayList<>(listener.rules().size());
        for (Rule rule : listener.rules()) {
            RuleInfo info = info(rule);
            fired.add(new FiredRule(rule.getName(), info == null ? "" : info.file(), listener.firings(rule)));
        }
        return fired;
    }

    /**
     * The rules that state a conclusion, for the message about a conflict. Read from Drools' truth maintenance (internal
     * API): should that ever fail, the conflict is still reported, with the rule not known, rather than hidden by it.
     */
    private List<RuleInfo> statedBy(LiveFacts live, Object fact) {
        try {
            return rulesOf(live.statedBy(fact));
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** The rules' names, files and lines (a rule not in this set, which cannot be, left out). */
    private List<RuleInfo> rulesOf(List<Rule> rules) {
        List<RuleInfo> infos = new ArrayList<>(rules.size());
        for (Rule rule : rules) {
            RuleInfo info = info(rule);
            if (info != null) {
                infos.add(info);
            }
        }
        return infos;
    }

    private RuleInfo info(Rule rule) {
        RuleInfo info = rulesByRule.get(rule);
        return info != null ? info : rulesByKey.get(key(rule.getPackageName(), rule.getName()));
    }

    private static Map<Rule, RuleInfo> byRule(KieBase kieBase, Map<String, RuleInfo> rulesByKey) {
        Map<Rule, RuleInfo> byRule = new IdentityHashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                RuleInfo info = rulesByKey.get(key(rule.getPackageName(), rule.getName()));
                if (info != null) {
                    byRule.put(rule, info);
                }
            }
        }
        return byRule;
    }

    private static Map<String, RuleInfo> byClass(Map<Rule, RuleInfo> rulesByRule) {
        Map<String, RuleInfo> byClass = new java.util.HashMap<>();
        rulesByRule.forEach((rule, info) -> {
            if (rule instanceof RuleImpl compiled && compiled.getConsequence() != null) {
                String invoker = compiled.getConsequence().getClass().getName();
                if (invoker.endsWith(CONSEQUENCE_INVOKER)) {
                    byClass.put(invoker.substring(0, invoker.length() - CONSEQUENCE_INVOKER.length()), info);
                }
            }
        });
        return Map.copyOf(byClass);
    }

    static String key(String packageName, String ruleName) {
        return packageName + "/" + ruleName;
    }
}
