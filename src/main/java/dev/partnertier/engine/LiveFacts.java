package dev.partnertier.engine;

import java.util.ArrayList;
import java.util.List;

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

    private final List<FactHandle> handles = new ArrayList<>(32);
    private final List<Object> objects = new ArrayList<>(32);

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        handles.add(event.getFactHandle());
        objects.add(event.getObject());
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        int i = indexOf(event.getFactHandle());
        if (i >= 0) {
            objects.set(i, event.getObject());
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        int i = indexOf(event.getFactHandle());
        if (i >= 0) {
            handles.remove(i);
            objects.remove(i);
        }
    }

    /** The facts in working memory now, in the order they were inserted. */
    List<Object> facts() {
        return objects;
    }

    private int indexOf(FactHandle handle) {
        for (int i = handles.size() - 1; i >= 0; i--) { // what is deleted was mostly inserted lately
            if (handles.get(i) == handle) {
                return i;
            }
        }
        return -1;
    }
}
