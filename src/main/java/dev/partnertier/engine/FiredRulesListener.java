package dev.partnertier.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.Match;
import org.kie.internal.event.rule.RuleEventListener;

/**
 * Counts the firings of each rule in one session, in the order rules first fired. Not thread-safe: one per session.
 *
 * <p>A {@link RuleEventListener} (Drools' listener for firings, from its internal API in {@code kie-internal}: told after
 * each consequence that completes) rather than an {@code AgendaEventListener} from the public one: with no agenda
 * listener registered, Drools builds no event objects for the matches created, fired and cancelled (1.5 of the 68 KB a
 * small evaluation allocated, measured with {@code bench/DecisionCost.java}). Should Drools drop it, an
 * {@code AgendaEventListener}'s {@code afterMatchFired} counts the same firings.
 */
final class FiredRulesListener implements RuleEventListener {

    private final Map<Rule, int[]> firings = new IdentityHashMap<>();
    private final List<Rule> inOrder = new ArrayList<>();
    private long total;
    /** The rule whose consequence is running, or null between firings. */
    private Rule firing;

    @Override
    public void onBeforeMatchFire(Match match) {
        firing = match.getRule();
    }

    @Override
    public void onAfterMatchFire(Match match) {
        firing = null;
        total++;
        Rule rule = match.getRule();
        int[] count = firings.get(rule);
        if (count == null) {
            count = new int[1];
            firings.put(rule, count);
            inOrder.add(rule);
        }
        count[0]++;
    }

    /**
     * The rule whose consequence was running when the firing stopped, or null: Drools tells nothing of a consequence
     * that threw an {@link Error} (it handles exceptions only), so this is how such a rule is named.
     */
    Rule firing() {
        return firing;
    }

    long total() {
        return total;
    }

    /** The rules that fired, in the order each first fired. */
    List<Rule> rules() {
        return inOrder;
    }

    /** How many times this rule fired (0 when it did not). */
    int firings(Rule rule) {
        int[] count = firings.get(rule);
        return count == null ? 0 : count[0];
    }
}
