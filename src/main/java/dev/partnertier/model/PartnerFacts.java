package dev.partnertier.model;

import java.util.List;

/** Everything inserted into a session for one evaluation. */
public record PartnerFacts(
        Partner partner, List<Customer> customers, List<Workload> workloads, List<Individual> individuals) {

    public PartnerFacts {
        customers = List.copyOf(customers);
        workloads = List.copyOf(workloads);
        individuals = List.copyOf(individuals);
    }
}
