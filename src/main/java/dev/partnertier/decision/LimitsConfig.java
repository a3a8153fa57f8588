package dev.partnertier.decision;

import dev.partnertier.contract.RequestLimits;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How large a request may be. The defaults let the largest real partners through (100,000+ customers). */
@ConfigMapping(prefix = "limits")
public interface LimitsConfig {

    /** Most customers in one request. */
    @WithDefault("200000")
    int customers();

    /** Most workloads of one customer. */
    @WithDefault("50")
    int workloadsPerCustomer();

    /** Most associations of one customer. */
    @WithDefault("20")
    int associationsPerCustomer();

    /** Most individuals in one request. */
    @WithDefault("20000")
    int individuals();

    /** Most exams or certifications of one individual. */
    @WithDefault("200")
    int credentialsPerIndividual();

    /** Most partners in one JSON array of {@code POST /evaluate/batch} (NDJSON streams have no such limit). */
    @WithDefault("10000")
    int batchItems();

    /** The largest partner in a batch: one NDJSON line or one array element (larger ones are answered 413). */
    @WithDefault("1M")
    MemorySize batchItemSize();

    /** These settings as the request reader takes them. */
    default RequestLimits requestLimits() {
        return new RequestLimits(customers(), workloadsPerCustomer(), associationsPerCustomer(), individuals(),
                credentialsPerIndividual());
    }
}
