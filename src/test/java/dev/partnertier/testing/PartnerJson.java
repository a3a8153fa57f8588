package dev.partnertier.testing;

/** Request bodies for {@code POST /evaluate} built in tests, for sizes the examples folder does not have. */
public final class PartnerJson {

    private PartnerJson() {
    }

    /**
     * A mature-market partner with this many customers, each with 3 active Yammer users through delegated admin
     * privileges (so 3 active entitlements per customer); about 90 bytes of body per customer.
     */
    public static String customers(int customers) {
        StringBuilder body = new StringBuilder("{\"partnerId\":\"p\",\"market\":\"MATURE\",\"customers\":[");
        for (int i = 0; i < customers; i++) {
            body.append(i == 0 ? "" : ",").append("{\"tenantId\":\"tenant-").append(i)
                    .append("\",\"associations\":[\"DELEGATED_ADMIN\"],\"workloads\":[{\"workload\":\"YAMMER\",\"activeUsers\":3}]}");
        }
        return body.append("]}").toString();
    }

    /** A mature-market partner with no customers and this many individuals, none of them certified. */
    public static String individuals(int individuals) {
        StringBuilder body = new StringBuilder("{\"partnerId\":\"p\",\"market\":\"MATURE\",\"individuals\":[");
        for (int i = 0; i < individuals; i++) {
            body.append(i == 0 ? "" : ",").append("{\"id\":\"i-").append(i).append("\",\"name\":\"Person\",\"exams\":[],\"certifications\":[]}");
        }
        return body.append("]}").toString();
    }
}
