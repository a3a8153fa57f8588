package dev.partnertier.model;

import java.util.List;

/** Rule-made fact: the workloads whose active users count, in the order a sentence lists them. One per session. */
public record EligibleWorkloads(List<String> workloads) {

    public EligibleWorkloads {
        workloads = List.copyOf(workloads);
    }

    public EligibleWorkloads(String... workloads) {
        this(List.of(workloads));
    }
}
