package dev.partnertier.testing;

import java.util.Set;

import dev.partnertier.model.Market;
import dev.partnertier.model.PartnerFacts;

/** A small builder of partners, so tests of the engine read like the situation they test. */
public final class Partners {

    private final PartnerFacts.Builder facts = PartnerFacts.builder();

    private Partners(String partnerId, Market market) {
        facts.partner(partnerId, market).name("Contoso");
    }

    private Partners(Market market) {
        this("p-1", market);
    }

    public static Partners mature() {
        return new Partners(Market.MATURE);
    }

    /** A partner in a mature market with this partner id (p-1 otherwise). */
    public static Partners mature(String partnerId) {
        return new Partners(partnerId, Market.MATURE);
    }

    public static Partners emerging() {
        return new Partners(Market.EMERGING);
    }

    /** A customer the partner holds these associations with, with paid workloads given as name, users pairs. */
    public Partners customer(String tenantId, Set<String> associations, Object... workloadsAndUsers) {
        PartnerFacts.CustomerKey customer = facts.customer(tenantId, associations);
        for (int i = 0; i < workloadsAndUsers.length; i += 2) {
            facts.workload(customer, tenantId, (String) workloadsAndUsers[i], ((Number) workloadsAndUsers[i + 1]).longValue(), false);
        }
        return this;
    }

    /** A delegated-admin customer (the association the seed rules count first). */
    public Partners associatedCustomer(String tenantId, Object... workloadsAndUsers) {
        return customer(tenantId, Set.of("DELEGATED_ADMIN"), workloadsAndUsers);
    }

    public Partners individual(String id, Set<String> exams, Set<String> certifications) {
        facts.individual(id, "Person " + id, exams, certifications);
        return this;
    }

    /** Someone who passed both exams of the seed rules' exam route. */
    public Partners byExams(String id) {
        return individual(id, Set.of("70-346", "70-347"), Set.of());
    }

    public PartnerFacts build() {
        return facts.build();
    }
}
