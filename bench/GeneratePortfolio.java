import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * Writes an NDJSON portfolio for POST /evaluate/batch to standard output: N partners, one per line, each with two
 * associated customers (two paid workloads and a trial each) and one or two people. Run with the JDK alone:
 * java bench/GeneratePortfolio.java 100000 > portfolio.ndjson (about 56 MB: within the 64 MB body limit)
 */
public class GeneratePortfolio {

    public static void main(String[] args) throws IOException {
        int partners = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
            for (int p = 0; p < partners; p++) {
                out.write("{\"partnerId\":\"p-" + p + "\",\"market\":\"" + (p % 2 == 0 ? "MATURE" : "EMERGING") + "\",\"customers\":[");
                for (int c = 0; c < 2; c++) {
                    out.write((c > 0 ? "," : "") + "{\"tenantId\":\"t-" + p + "-" + c + ".onmicrosoft.com\",\"associations\":[\"DELEGATED_ADMIN\"],"
                            + "\"workloads\":[{\"workload\":\"EXCHANGE_ONLINE\",\"activeUsers\":" + (100 + p % 1500) + "},"
                            + "{\"workload\":\"SHAREPOINT_ONLINE\",\"activeUsers\":" + (50 + p % 700) + "},"
                            + "{\"workload\":\"YAMMER\",\"activeUsers\":40,\"trial\":true}]}");
                }
                out.write("],\"individuals\":[{\"id\":\"e-" + p + "\",\"exams\":[\"70-346\",\"70-347\"]}"
                        + (p % 3 == 0 ? ",{\"id\":\"f-" + p + "\",\"certifications\":[\"MCSA_OFFICE_365\"]}" : "") + "]}\n");
            }
        }
    }
}
