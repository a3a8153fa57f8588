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

/**
 * A made-up partner that walks every path of the shipped rules. A freshly compiled KieBase sets up its
 * network lazily on first use (hundreds of milliseconds): a new rule set serves this partner before any real
 * request, so no caller pays for it. The names are only typical ones; renamed workloads just take other paths.
 */
final class WarmUp {

    private static final String[] WORKLOADS = {"EXCHANGE_ONLINE", "SHAREPOINT_ONLINE", "SKYPE_FOR_BUSINESS", "YAMMER",
        "OFFICE_365_PROPLUS", "DYNAMICS_365"};
    private static final String[] ASSOCIATIONS = {"DELEGATED_ADMIN", "PARTNER_OF_RECORD", "DIGITAL_PARTNER_OF_RECORD", "NONE"};

    private WarmUp() {
    }

    /** Runs the warm-up partner in both markets; a rule set that cannot decide it is refused. */
    static void run(RuleSet rules) {
        for (Market market : Market.values()) {
            rules.evaluate(partner(market));
        }
    }

    static PartnerFacts partner(Market market) {
        List<Customer> customers = new ArrayList<>();
        List<Workload> workloads = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String tenant = "warm-up-" + i;
            customers.add(new Customer(tenant, Set.of(ASSOCIATIONS[i % ASSOCIATIONS.length])));
            workloads.add(new Workload(tenant, WORKLOADS[i % WORKLOADS.length], 40 + i, i % 7 == 0));
            workloads.add(new Workload(tenant, WORKLOADS[(i + 1) % WORKLOADS.length], 25, false));
        }
        List<Individual> people = List.of(
                new Individual("w1", "", Set.of("70-346", "70-347"), Set.of()),
                new Individual("w2", "", Set.of(), Set.of("MCSA_OFFICE_365")),
                new Individual("w3", "", Set.of("70-346"), Set.of()),
                new Individual("w4", "", Set.of(), Set.of()));
        return new PartnerFacts(new Partner("warm-up", "Warm-up", market), customers, workloads, people);
    }
}
