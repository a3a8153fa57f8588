package dev.partnertier.api;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Small limits, so a test can cross each of them. */
public class SmallLimitsProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("limits.customers", "3", "limits.workloads-per-customer", "2", "limits.associations-per-customer", "2",
                "limits.individuals", "2", "limits.credentials-per-individual", "3", "quarkus.http.limits.max-body-size", "2K",
                "rules.reload.enabled", "false");
    }
}
