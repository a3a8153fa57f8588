package dev.partnertier.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One partner as the rules see it, the facts to insert, and as its answer lists it: which customers, workloads and
 * people each fact stands for. Customers sharing their associations are one {@link Customers} fact, and workloads
 * sharing name and trial flag among them one {@link Workloads} fact, so the facts a session holds do not grow with
 * the partner's size; the members (tenant ids, active users per workload) stay here, in compact arrays, for the
 * answer. Built with {@link #builder(String, Market)}; immutable once built.
 */
public final class PartnerFacts {

    /** A {@link Customers} fact and the tenant ids of the customers it stands for, in request order. */
    public record CustomerGroup(Customers fact, List<String> tenantIds) {
    }

    /** A {@link Workloads} fact and, for each workload it stands for, its tenant and its active users. */
    public static final class WorkloadGroup {
        private final Workloads fact;
        private final String[] tenants;
        private final long[] users;

        WorkloadGroup(Workloads fact, String[] tenants, long[] users) {
            this.fact = fact;
            this.tenants = tenants;
            this.users = users;
        }

        public Workloads fact() {
            return fact;
        }

        public int size() {
            return tenants.length;
        }

        public String tenantId(int i) {
            return tenants[i];
        }

        public long activeUsers(int i) {
            return users[i];
        }
    }

    /** An {@link Individual} fact and the person's name (not a fact: the rules do not need it), or null. */
    public record Person(Individual fact, String name) {
    }

    private final Partner partner;
    private final String name;
    private final List<CustomerGroup> customers;
    private final List<WorkloadGroup> workloads;
    private final List<Person> people;
    private final int customerCount;
    private final int workloadCount;

    private PartnerFacts(Builder b) {
        this.partner = new Partner(b.partnerId, b.market);
        this.name = b.name;
        List<CustomerGroup> customerGroups = new ArrayList<>(b.bySet.size());
        List<WorkloadGroup> workloadGroups = new ArrayList<>();
        for (CustomerKey group : b.bySet.values()) {
            Customers customers = new Customers(group.associations, group.tenantIds.size());
            customerGroups.add(new CustomerGroup(customers, List.copyOf(group.tenantIds)));
            group.workloads.forEach((workload, kinds) -> {
                for (Members m : new Members[] {kinds.paid, kinds.trial}) {
                    if (m != null) {
                        long total = 0;
                        for (int i = 0; i < m.size; i++) {
                            total += m.users[i];
                        }
                        Workloads fact = new Workloads(customers, workload, m == kinds.trial, m.size, total);
                        workloadGroups.add(new WorkloadGroup(fact, Arrays.copyOf(m.tenants, m.size), Arrays.copyOf(m.users, m.size)));
                    }
                }
            });
        }
        this.customers = List.copyOf(customerGroups);
        this.workloads = List.copyOf(workloadGroups);
        this.people = List.copyOf(b.people);
        this.customerCount = b.customerCount;
        this.workloadCount = b.workloadCount;
    }

    /** A builder; the partner's id and market may be given at any point before {@link Builder#build()}. */
    public static Builder builder() {
        return new Builder();
    }

    public Partner partner() {
        return partner;
    }

    /** The partner's name as the request gave it, or null: for the answer, never a fact. */
    public String name() {
        return name;
    }

    public List<CustomerGroup> customers() {
        return customers;
    }

    public List<WorkloadGroup> workloads() {
        return workloads;
    }

    public List<Person> people() {
        return people;
    }

    /** Customers in the request (not groups). */
    public int customerCount() {
        return customerCount;
    }

    /** Workloads in the request (not groups). */
    public int workloadCount() {
        return workloadCount;
    }

    /** Every fact to insert into a session: the partner, then customers, workloads and individuals. */
    public List<Object> facts() {
        List<Object> facts = new ArrayList<>(1 + customers.size() + workloads.size() + people.size());
        facts.add(partner);
        customers.forEach(c -> facts.add(c.fact()));
        workloads.forEach(w -> facts.add(w.fact()));
        people.forEach(p -> facts.add(p.fact()));
        return facts;
    }

    /** The workloads of one name among the customers of one group, paid and trial apart. */
    private static final class WorkloadKinds {
        Members paid;
        Members trial;
    }

    private static final class Members {
        String[] tenants = new String[4];
        long[] users = new long[4];
        int size;

        void add(String tenant, long activeUsers) {
            if (size == tenants.length) {
                tenants = Arrays.copyOf(tenants, size * 2);
                users = Arrays.copyOf(users, size * 2);
            }
            tenants[size] = tenant;
            users[size] = activeUsers;
            size++;
        }
    }

    /** A group of customers being collected: their tenant ids and their workloads by name. */
    public static final class CustomerKey {
        private final Set<String> associations;
        private final List<String> tenantIds = new ArrayList<>();
        private final Map<String, WorkloadKinds> workloads = new LinkedHashMap<>();

        private CustomerKey(Set<String> associations) {
            this.associations = associations;
        }
    }

    /**
     * Collects customers, workloads and people in request order; a request is read into one in a single pass. Runs
     * once per customer and workload of every request: a customer's associations are looked up as the list the
     * request gave (hashing a short list is cheap; a set would be built for every customer).
     */
    public static final class Builder {
        private String partnerId;
        private Market market;
        private String name;
        private final Map<List<String>, CustomerKey> byList = new HashMap<>();
        private final Map<Set<String>, CustomerKey> bySet = new LinkedHashMap<>();
        private final List<Person> people = new ArrayList<>();
        private int customerCount;
        private int workloadCount;

        private Builder() {
        }

        public Builder partner(String partnerId, Market market) {
            this.partnerId = partnerId;
            this.market = market;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Adds a customer; returns its group, with which {@link #workload} adds the customer's workloads. */
        public CustomerKey customer(String tenantId, Collection<String> associations) {
            List<String> asGiven = associations instanceof List<String> list ? list : List.copyOf(associations);
            CustomerKey group = byList.get(asGiven);
            if (group == null) {
                group = bySet.computeIfAbsent(Set.copyOf(asGiven), CustomerKey::new);
                byList.put(List.copyOf(asGiven), group);
            }
            group.tenantIds.add(tenantId);
            customerCount++;
            return group;
        }

        /** Adds a workload of a customer added before, by the group {@link #customer} returned. */
        public Builder workload(CustomerKey customer, String tenantId, String workload, long activeUsers, boolean trial) {
            WorkloadKinds kinds = customer.workloads.computeIfAbsent(workload, w -> new WorkloadKinds());
            Members members;
            if (trial) {
                members = kinds.trial == null ? (kinds.trial = new Members()) : kinds.trial;
            } else {
                members = kinds.paid == null ? (kinds.paid = new Members()) : kinds.paid;
            }
            members.add(tenantId, activeUsers);
            workloadCount++;
            return this;
        }

        public Builder individual(String id, String name, Set<String> exams, Set<String> certifications) {
            people.add(new Person(new Individual(id, exams, certifications), name));
            return this;
        }

        public PartnerFacts build() {
            return new PartnerFacts(this);
        }
    }
}
