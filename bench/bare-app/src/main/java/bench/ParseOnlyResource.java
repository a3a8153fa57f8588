package bench;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.smallrye.common.annotation.NonBlocking;

/**
 * Parses the same JSON as partner-tier's POST /evaluate into records of the same shape, and answers a count: on a worker
 * thread (Quarkus' default), and at /evaluate/on-event-loop in a non-blocking endpoint (on the event loop when the body
 * fits Quarkus' input buffer, 10 KB by default).
 */
@Path("/evaluate")
public class ParseOnlyResource {

    public record Workload(String workload, Long activeUsers, Boolean trial) {
    }

    public record Customer(String tenantId, List<String> associations, List<Workload> workloads) {
    }

    public record Individual(String id, String name, List<String> exams, List<String> certifications) {
    }

    public record Request(String partnerId, String name, String market, List<Customer> customers, List<Individual> individuals) {
    }

    public record Answer(String partnerId, int customers) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Answer parse(Request request) {
        return new Answer(request.partnerId(), request.customers() == null ? 0 : request.customers().size());
    }

    /** The same parse in a non-blocking endpoint: on the event loop that read the body when it fits the input buffer. */
    @POST
    @Path("/on-event-loop")
    @NonBlocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Answer parseOnEventLoop(Request request) {
        return parse(request);
    }
}
