import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * Writes a valid POST /evaluate request for a partner with N customers to standard output, for benchmarks and
 * load tests. Run with the JDK alone: java bench/GenerateRequest.java 10000 > request.json
 *
 * Every customer has three Office 365 workloads, the third a trial in every tenth customer, so every customer goes
 * through the counting rules; 1 customer in 50 is not associated.
 */
public class GenerateRequest {

    private static final String[] WORKLOADS = {"EXCHANGE_ONLINE", "SHAREPOINT_ONLINE", "SKYPE_FOR_BUSINESS", "YAMMER", "OFFICE_365_PROPLUS"};

    public static void main(String[] args) throws IOException {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
            out.write("{\"partnerId\":\"bench-partner\",\"name\":\"Benchmark Partner\",\"market\":\"MATURE\",\"customers\":[");
            for (int i = 0; i < customers; i++) {
                if (i > 0) {
                    out.write(',');
                }
                String association = i % 50 == 49 ? "" : "\"" + (i % 3 == 0 ? "DELEGATED_ADMIN" : i % 3 == 1 ? "PARTNER_OF_RECORD" : "DIGITAL_PARTNER_OF_RECORD") + "\"";
                out.write("{\"tenantId\":\"tenant-" + i + ".onmicrosoft.com\",\"associations\":[" + association + "],\"workloads\":[");
                out.write("{\"workload\":\"" + WORKLOADS[i % 5] + "\",\"activeUsers\":" + (10 + i % 90) + "},");
                out.write("{\"workload\":\"" + WORKLOADS[(i + 1) % 5] + "\",\"activeUsers\":" + (5 + i % 40) + "},");
                out.write("{\"workload\":\"" + WORKLOADS[(i + 2) % 5] + "\",\"activeUsers\":" + (1 + i % 20) + (i % 10 == 0 ? ",\"trial\":true" : "") + "}");
                out.write("]}");
            }
            out.write("],\"individuals\":[");
            out.write("{\"id\":\"b-1\",\"exams\":[\"70-346\",\"70-347\"]},");
            out.write("{\"id\":\"b-2\",\"certifications\":[\"MCSA_OFFICE_365\"]},");
            out.write("{\"id\":\"b-3\",\"exams\":[\"70-346\"]}");
            out.write("]}\n");
        }
    }
}
