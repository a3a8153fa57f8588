package dev.partnertier.model;

import java.util.ArrayList;
import java.util.Arrays;
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
        List<CustomerGroup> customerGroups = new ArrayList<>(b.customers.size());
        Map<Set<String>, Customers> customerFacts = new HashMap<>();
        for (Map.Entry<Set<String>, List<String>> e : b.customers.entrySet()) {
            Customers fact = new Customers(e.getKey(), e.getValue().size());
            customerFacts.put(e.getKey(), fact);
            customerGroups.add(new CustomerGroup(fact, List.copyOf(e.getValue())));
        }
        List<WorkloadGroup> workloadGroups = new ArrayList<>(b.workloads.size());
        for (Map.Entry<WorkloadKey, Members> e : b.workloads.entrySet()) {
            WorkloadKey key = e.getKey();
            Members m = e.getValue();
            long total = 0;
            for (int i = 0; i < m.size; i++) {
                total += m.users[i];
            }
            Workloads fact = new Workloads(customerFacts.get(key.associations()), key.workload(), key.trial(), m.size, total);
            workloadGroups.add(new WorkloadGroup(fact, Arrays.copyOf(m.tenants, m.size), Arrays.copyOf(m.users, m.size)));
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

    private record WorkloadKey(Set<String> associations, String workload, boolean trial) {
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

    /** Collects customers, workloads and people in request order; a request is read into one in a single pass. */
    public static final class Builder {
        private String partnerId;
        private Market market;
        private String name;
        private final Map<Set<String>, List<String>> customers = new LinkedHashMap<>();
        private final Map<WorkloadKey, Members> workloads = new LinkedHashMap<>();
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

        /** Adds a customer; returns its association set, with which {@link #workload} adds the customer's workloads. */
        public Set<String> customer(String tenantId, Set<String> associations) {
            Set<String> key = Set.copyOf(associations);
            customers.computeIfAbsent(key, k -> new ArrayList<>()).add(tenantId);
            customerCount++;
            return key;
        }

        /** Adds a workload of a customer added before, named by the association set {@link #customer} returned. */
        public Builder workload(Set<String> customerAssociations, String tenantId, String workload, long activeUsers, boolean trial) {
            workloads.computeIfAbsent(new WorkloadKey(customerAssociations, workload, trial), k -> new Members()).add(tenantId, activeUsers);
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
