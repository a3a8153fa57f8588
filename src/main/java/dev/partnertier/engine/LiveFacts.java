package dev.partnertier.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.drools.base.rule.EntryPointId;
import org.drools.core.common.InternalFactHandle;
import org.drools.tms.LogicalDependency;
import org.drools.tms.SimpleMode;
import org.drools.tms.TruthMaintenanceSystemEqualityKey;
import org.drools.tms.beliefsystem.simple.SimpleBeliefSet;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.FactHandle;

/**
 * The facts in one session's default entry point, kept from its insert, update and delete events, in the order they
 * were inserted: what {@code KieSession.getObjects()} returned before the KieBase was immutable. Not thread-safe: one
 * per session.
 *
 * <p>Why not {@code getObjects()}: {@link RuleCompiler} builds an immutable KieBase, and Drools then drops from its
 * object store, without a delete event, every fact that no rule's pattern matched when it was inserted (an "orphan";
 * {@code PropagationEntry.Insert} in drools-core): in the shipped rules every {@code Verdict} and {@code Gap}. Such a
 * fact cannot be found by object ({@code getFactHandle}, {@code delete}) either; no rule can bind it to try. The
 * answer's conclusions are seen here whatever the rules match; a fact truth maintenance takes back is deleted here
 * too. Facts a rule inserts into another entry point are its own business, as they were.
 *
 * <p>For the kinds of fact a partner has one of (or one per level and requirement, as thresholds), it also tells which
 * rules state a fact ({@link #statedBy}), so that two verdicts name the rules that reached them.
 */
final class LiveFacts implements RuleRuntimeEventListener {

    /** By handle (Drools' handles are equal by their id, unique in a session), in the order of insertion. */
    private final Map<FactHandle, Object> facts = new LinkedHashMap<>(64);

    /**
     * The kinds of fact whose stating rules {@link #statedBy} answers for: those a partner has one of, or one per level
     * and requirement.
     */
    private final Set<Class<?>> tracked;

    /**
     * The rule whose consequence inserted a fact of a tracked kind, by its handle (an update keeps it), made at the
     * first: so that an evaluation pays for it with a few entries.
     */
    private Map<FactHandle, Rule> insertedBy;

    /** @param tracked the kinds of fact {@link #statedBy} answers for */
    LiveFacts(Set<Class<?>> tracked) {
        this.tracked = tracked;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (inDefaultEntryPoint(event.getFactHandle())) {
            facts.put(event.getFactHandle(), event.getObject());
            if (tracked.contains(event.getObject().getClass()) && event.getRule() != null) {
                if (insertedBy == null) {
                    insertedBy = new HashMap<>(16);
                }
                insertedBy.put(event.getFactHandle(), event.getRule());
            }
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        facts.replace(event.getFactHandle(), event.getObject());
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        facts.remove(event.getFactHandle());
    }

    /** The facts in the default entry point now, in the order they were inserted. */
    Collection<Object> facts() {
        return facts.values();
    }

    /**
     * The rules that state a live fact of a tracked kind, for naming them when conclusions conflict (not for the hot
     * path: it looks the fact up among all). For a fact stated with {@code insertLogical}, every rule whose match
     * justifies it now (truth maintenance's belief set: a rule that first inserted it and no longer holds is not
     * named); otherwise the rule whose consequence inserted it. Empty for a fact the request brought, one inserted
     * through the {@code KieRuntime} or the default entry point's API, and one of a kind not tracked.
     */
    List<Rule> statedBy(Object fact) {
        for (Map.Entry<FactHandle, Object> live : facts.entrySet()) {
            if (live.getValue() == fact) {
                List<Rule> justifiers = justifiers(live.getKey());
                Rule inserter = insertedBy == null ? null : insertedBy.get(live.getKey());
                return !justifiers.isEmpty() ? justifiers : inserter == null ? List.of() : List.of(inserter);
            }
        }
        return List.of();
    }

    /**
     * The rules of the matches that justify a logical fact now; empty for a stated fact, even one equal to a logical
     * fact (drools-tms then files its handle under the logical fact's key, whose justifiers are not its own). Modes
     * without a dependency (a bolstered fact) are passed over.
     */
    private static List<Rule> justifiers(FactHandle handle) {
        List<Rule> rules = new ArrayList<>(2);
        if (handle instanceof InternalFactHandle internal
                && internal.getEqualityKey() instanceof TruthMaintenanceSystemEqualityKey key
                && key.getLogicalFactHandle() == internal
                && key.getBeliefSet() instanceof SimpleBeliefSet beliefs) {
            for (Object entry = beliefs.getFirst(); entry instanceof SimpleMode mode; entry = mode.getNext()) {
                LogicalDependency<SimpleMode> dependency = mode.getObject();
                Rule rule = dependency == null || dependency.getJustifier() == null ? null : dependency.getJustifier().getRule();
                if (rule != null && !rules.contains(rule)) {
                    rules.add(rule);
                }
            }
        }
        return rules;
    }

    private static boolean inDefaultEntryPoint(FactHandle handle) {
        return !(handle instanceof InternalFactHandle internal) || EntryPointId.DEFAULT.equals(internal.getEntryPointId());
    }
}
