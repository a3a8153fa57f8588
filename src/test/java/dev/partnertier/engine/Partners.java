package dev.partnertier.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.partnertier.model.Customer;
import dev.partnertier.model.Individual;
import dev.partnertier.model.Market;
import dev.partnertier.model.Partner;
import dev.partnertier.model.PartnerFacts;
import dev.partnertier.model.Workload;

/** A small builder of session facts so rule tests read like the situation they test. */
final class Partners {

    private final Market market;
    private final List<Customer> customers = new ArrayList<>();
    private final List<Workload> workloads = new ArrayList<>();
    private final List<Individual> individuals = new ArrayList<>();

    private Partners(Market market) {
        this.market = market;
    }

    static Partners mature() {
        return new Partners(Market.MATURE);
    }

    static Partners emerging() {
        return new Partners(Market.EMERGING);
    }

    static Partners in(Market market) {
        return new Partners(market);
    }

    /** A customer the partner is delegated admin for, with paid workloads given as name, users pairs. */
    Partners associatedCustomer(String tenantId, Object... workloadsAndUsers) {
        return customer(tenantId, Set.of("DELEGATED_ADMIN"), workloadsAndUsers);
    }

    Partners customer(String tenantId, Set<String> associations, Object... workloadsAndUsers) {
        customers.add(new Customer(tenantId, associations));
        for (int i = 0; i < workloadsAndUsers.length; i += 2) {
            workloads.add(new Workload(tenantId, (String) workloadsAndUsers[i], ((Number) workloadsAndUsers[i + 1]).longValue(), false));
        }
        return this;
    }

    Partners trial(String tenantId, String workload, long users) {
        workloads.add(new Workload(tenantId, workload, users, true));
        return this;
    }

    Partners individual(String id, Set<String> exams, Set<String> certifications) {
        individuals.add(new Individual(id, "Person " + id, exams, certifications));
        return this;
    }

    Partners byExams(String id) {
        return individual(id, Set.of("70-346", "70-347"), Set.of());
    }

    Partners byMcsa(String id) {
        return individual(id, Set.of(), Set.of("MCSA_OFFICE_365"));
    }

    PartnerFacts build() {
        return new PartnerFacts(new Partner("p-1", "Contoso", market), customers, workloads, individuals);
    }
}
