package dev.partnertier.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The request reader checks in plain code what the request records declare with Bean Validation (the constraints
 * the OpenAPI document shows). This test holds the two together: for thousands of random requests, with blank,
 * missing, too long, negative, too large and duplicate values, the reader finds errors at exactly the fields
 * Hibernate Validator (plus the uniqueness rules of the contract) finds them at.
 */
class RequestChecksAgreeWithBeanValidationTest {

    private static final ObjectMapper JSON = StrictJson.configure(new ObjectMapper());
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
    private static final Pattern CONTAINER_NODE = Pattern.compile("\\.?<[a-z ]+>");
    private static final PartnerReader READER = new PartnerReader(JSON, RequestLimits.NONE);

    @Test
    void theReaderFindsExactlyTheFieldsBeanValidationFinds() throws Exception {
        Random random = new Random(20261129L);
        int invalid = 0;
        for (int i = 0; i < 3000; i++) {
            ObjectNode request = request(random);
            Set<String> expected = beanValidation(request);
            Set<String> actual = new TreeSet<>();
            try {
                READER.read(request);
            } catch (InvalidRequestException e) {
                e.errors().forEach(error -> actual.add(error.field()));
            }
            assertThat(actual).as("fields at fault in " + request).isEqualTo(expected);
            invalid += expected.isEmpty() ? 0 : 1;
        }
        assertThat(invalid).as("both valid and invalid requests were tried").isBetween(300, 2700);
    }

    /** What Hibernate Validator says of the request records, plus the contract's uniqueness rules. */
    private static Set<String> beanValidation(ObjectNode json) throws Exception {
        EvaluationRequest request = JSON.treeToValue(json, EvaluationRequest.class);
        Set<String> fields = new TreeSet<>();
        for (ConstraintViolation<EvaluationRequest> v : VALIDATOR.validate(request)) {
            fields.add(CONTAINER_NODE.matcher(v.getPropertyPath().toString()).replaceAll(""));
        }
        Map<String, Integer> tenants = new HashMap<>();
        for (int i = 0; i < request.customers().size(); i++) {
            CustomerRequest c = request.customers().get(i);
            if (c == null) {
                continue;
            }
            if (c.tenantId() != null && !c.tenantId().isBlank() && tenants.putIfAbsent(sameTenant(c.tenantId()), i) != null) {
                fields.add("customers[" + i + "].tenantId");
            }
            Set<String> workloads = new java.util.HashSet<>();
            for (int j = 0; j < c.workloads().size(); j++) {
                WorkloadRequest w = c.workloads().get(j);
                if (w != null && w.workload() != null && !workloads.add(w.workload() + (w.isTrial() ? " as a trial" : ""))) {
                    fields.add("customers[" + i + "].workloads[" + j + "].workload");
                }
            }
        }
        Set<String> people = new java.util.HashSet<>();
        for (int i = 0; i < request.individuals().size(); i++) {
            IndividualRequest p = request.individuals().get(i);
            if (p != null && p.id() != null && !p.id().isBlank() && !people.add(p.id().strip())) {
                fields.add("individuals[" + i + "].id");
            }
        }
        return fields;
    }

    /** Tenant ids are the same when they differ only in letter case and spaces at either end. */
    private static String sameTenant(String id) {
        return id.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static ObjectNode request(Random random) {
        ObjectNode request = NODES.objectNode();
        put(request, "partnerId", id(random), random);
        if (random.nextInt(4) == 0) {
            request.put("name", random.nextInt(10) == 0 ? "n".repeat(Limits.TEXT_LENGTH + 1) : "A Partner");
        }
        if (random.nextInt(20) != 0) {
            request.put("market", random.nextBoolean() ? "MATURE" : "EMERGING");
        }
        ArrayNode customers = request.putArray("customers");
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            if (random.nextInt(30) == 0) {
                customers.addNull();
                continue;
            }
            ObjectNode customer = customers.addObject();
            put(customer, "tenantId", random.nextInt(8) == 0 ? (random.nextBoolean() ? "t0" : " T0") : id(random), random);
            ArrayNode associations = customer.putArray("associations");
            for (int a = random.nextInt(3); a > 0; a--) {
                associations.add(name(random));
            }
            ArrayNode workloads = customer.putArray("workloads");
            for (int w = random.nextInt(4); w > 0; w--) {
                if (random.nextInt(30) == 0) {
                    workloads.addNull();
                    continue;
                }
                ObjectNode workload = workloads.addObject();
                put(workload, "workload", random.nextInt(6) == 0 ? "YAMMER" : name(random), random);
                int users = random.nextInt(12);
                if (users == 0) {
                    workload.put("activeUsers", -1);
                } else if (users == 1) {
                    workload.put("activeUsers", Limits.ACTIVE_USERS + 1);
                } else if (users != 2) {
                    workload.put("activeUsers", random.nextInt(5000));
                }
                if (random.nextBoolean()) {
                    workload.put("trial", random.nextBoolean());
                }
            }
        }
        ArrayNode individuals = request.putArray("individuals");
        for (int i = random.nextInt(3); i > 0; i--) {
            ObjectNode person = individuals.addObject();
            put(person, "id", random.nextInt(5) == 0 ? (random.nextBoolean() ? "p0" : "P0 ") : id(random), random);
            if (random.nextInt(10) == 0) {
                person.put("name", "n".repeat(Limits.TEXT_LENGTH + 1));
            }
            ArrayNode exams = person.putArray(random.nextBoolean() ? "exams" : "certifications");
            for (int e = random.nextInt(3); e > 0; e--) {
                exams.add(name(random));
            }
        }
        return request;
    }

    /** A required text: usually fine, sometimes missing, blank or too long. */
    private static void put(ObjectNode node, String field, String value, Random random) {
        switch (random.nextInt(16)) {
            case 0 -> { }
            case 1 -> node.put(field, " ");
            case 2 -> node.put(field, "");
            default -> node.put(field, value);
        }
    }

    private static String id(Random random) {
        return random.nextInt(40) == 0 ? "i".repeat(Limits.ID_LENGTH + 1) : "id-" + random.nextInt(1_000_000);
    }

    private static String name(Random random) {
        return switch (random.nextInt(25)) {
            case 0 -> "";
            case 1 -> "w".repeat(Limits.NAME_LENGTH + 1);
            default -> List.of("EXCHANGE_ONLINE", "SHAREPOINT_ONLINE", "DELEGATED_ADMIN", "70-346", "X").get(random.nextInt(5))
                    + random.nextInt(3);
        };
    }
}
