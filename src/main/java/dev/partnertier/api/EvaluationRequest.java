package dev.partnertier.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.partnertier.model.Customer;
import dev.partnertier.model.Individual;
import dev.partnertier.model.Market;
import dev.partnertier.model.Partner;
import dev.partnertier.model.PartnerFacts;
import dev.partnertier.model.Workload;

/** The body of {@code POST /evaluate}: a partner, its customers with their workloads, and its people. */
public record EvaluationRequest(
        @NotBlank @Size(max = Limits.ID_LENGTH) String partnerId,
        @Size(max = Limits.TEXT_LENGTH) String name,
        @Schema(description = "The market the partner is measured in; it sets the Silver performance threshold")
        @NotNull Market market,
        List<@NotNull @Valid CustomerRequest> customers,
        List<@NotNull @Valid IndividualRequest> individuals) {

    public EvaluationRequest {
        customers = customers == null ? List.of() : customers;
        individuals = individuals == null ? List.of() : individuals;
    }

    /** The facts the rules judge: workloads are flattened with their tenant so each is its own fact. */
    public PartnerFacts toFacts() {
        List<Customer> customerFacts = new ArrayList<>(customers.size());
        List<Workload> workloadFacts = new ArrayList<>(customers.size() * 2);
        for (CustomerRequest c : customers) {
            customerFacts.add(new Customer(c.tenantId(), Set.copyOf(c.associations())));
            for (WorkloadRequest w : c.workloads()) {
                workloadFacts.add(new Workload(c.tenantId(), w.workload(), w.activeUsers(), w.isTrial()));
            }
        }
        List<Individual> people = individuals.stream()
                .map(i -> new Individual(i.id(), i.name(), Set.copyOf(i.exams()), Set.copyOf(i.certifications())))
                .toList();
        return new PartnerFacts(new Partner(partnerId, name, market), customerFacts, workloadFacts, people);
    }
}
