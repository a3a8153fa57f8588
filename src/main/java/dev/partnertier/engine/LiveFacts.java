package dev.partnertier.engine;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.drools.base.rule.EntryPointId;
import org.drools.core.common.InternalFactHandle;
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
 */
final class LiveFacts implements RuleRuntimeEventListener {

    /** By handle (Drools' handles are equal by their id, unique in a session), in the order of insertion. */
    private final Map<FactHandle, Object> facts = new LinkedHashMap<>(64);

    /** The kinds of fact whose inserting rule is kept: those of which a partner has one (a verdict, a total). */
    private final Set<Class<?>> tracked;

    /**
     * The rule whose consequence inserted a fact of a tracked kind, by the fact (identity), made at the first: to name
     * the rules behind a conflict. Only those kinds, so that an evaluation pays for it with a few entries.
     */
    private Map<Object, Rule> insertedBy;

    /** @param tracked the kinds of fact {@link #insertedBy} answers for */
    LiveFacts(Set<Class<?>> tracked) {
        this.tracked = tracked;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (inDefaultEntryPoint(event.getFactHandle())) {
            facts.put(event.getFactHandle(), event.getObject());
            if (event.getRule() != null && tracked.contains(event.getObject().getClass())) { // no rule: the request's
                if (insertedBy == null) {
                    insertedBy = new IdentityHashMap<>(8);
                }
                insertedBy.put(event.getObject(), event.getRule());
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

    /** The rule whose consequence inserted the fact; null for a fact the request brought, or of a kind not tracked. */
    Rule insertedBy(Object fact) {
        return insertedBy == null ? null : insertedBy.get(fact);
    }

    private static boolean inDefaultEntryPoint(FactHandle handle) {
        return !(handle instanceof InternalFactHandle internal) || EntryPointId.DEFAULT.equals(internal.getEntryPointId());
    }
}
