package dev.partnertier.engine;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Counts the firings of each rule in one session, in the order rules first fired. Not thread-safe: one per session. */
final class FiredRulesListener extends DefaultAgendaEventListener {

    private final Map<Rule, int[]> firings = new IdentityHashMap<>();
    private final Map<Rule, int[]> inOrder = new LinkedHashMap<>();
    private long total;

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        total++;
        Rule rule = event.getMatch().getRule();
        int[] count = firings.get(rule);
        if (count == null) {
            count = new int[1];
            firings.put(rule, count);
            inOrder.put(rule, count);
        }
        count[0]++;
    }

    long total() {
        return total;
    }

    Map<Rule, int[]> firings() {
        return inOrder;
    }
}
