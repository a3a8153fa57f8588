package dev.partnertier.engine;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.FactHandle;

/**
 * The facts in one session's working memory, kept from its insert, update and delete events, in the order they were
 * inserted. Not thread-safe: one per session.
 *
 * <p>Why not {@code KieSession.getObjects()}: {@link RuleCompiler} builds an immutable KieBase, and Drools then keeps a
 * fact only where a rule can match it (its identity object store skips a fact of a class no rule names, such as
 * {@code Verdict} or {@code Gap} in the shipped rules). The conclusions the answer needs are seen here whatever the
 * rules match. A fact a rule's truth maintenance takes back is deleted here too.
 */
final class LiveFacts implements RuleRuntimeEventListener {

    /** By handle (Drools' handles are equal by their id, unique in a session), in the order of insertion. */
    private final Map<FactHandle, Object> facts = new LinkedHashMap<>(64);

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        facts.put(event.getFactHandle(), event.getObject());
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        facts.replace(event.getFactHandle(), event.getObject());
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        facts.remove(event.getFactHandle());
    }

    /** The facts in working memory now, in the order they were inserted. */
    Collection<Object> facts() {
        return facts.values();
    }
}
