package dev.partnertier.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Everything a request must satisfy before the rules see it: the size limits (checked first, so a huge request
 * is refused before it is walked), the Bean Validation constraints of the request records, and uniqueness of
 * tenants, individuals and of workloads within a customer. All errors are reported at once.
 */
@ApplicationScoped
public class RequestChecks {

    /** Enough to fix a request; a request with thousands of errors gets the first ones and a count. */
    static final int MAX_ERRORS = 100;
    /** Hibernate Validator names list elements "&lt;list element&gt;"; the JSON path has only the index. */
    private static final Pattern CONTAINER_NODE = Pattern.compile("\\.?<[a-z ]+>");
    private static final Comparator<FieldError> BY_FIELD = Comparator.comparing(FieldError::field);

    private final Validator validator;
    private final LimitsConfig limits;

    public RequestChecks(Validator validator, LimitsConfig limits) {
        this.validator = validator;
        this.limits = limits;
    }

    /** @throws InvalidRequestException naming every field at fault */
    public void check(EvaluationRequest request) {
        if (request == null) {
            throw new InvalidRequestException("", "the request body must be a JSON object with partnerId, market, customers and individuals");
        }
        List<FieldError> errors = new ArrayList<>();
        checkSizes(request, errors);
        if (errors.isEmpty()) {
            errors.addAll(fieldErrors(validator.validate(request)));
            checkUnique(request, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(firstOf(errors));
        }
    }

    private void checkSizes(EvaluationRequest r, List<FieldError> errors) {
        atMost(errors, r.customers().size(), limits.customers(), () -> "customers");
        atMost(errors, r.individuals().size(), limits.individuals(), () -> "individuals");
        for (int i = 0; i < r.customers().size(); i++) {
            CustomerRequest c = r.customers().get(i);
            if (c != null) {
                int at = i;
                atMost(errors, c.workloads().size(), limits.workloadsPerCustomer(), () -> "customers[" + at + "].workloads");
                atMost(errors, c.associations().size(), limits.associationsPerCustomer(), () -> "customers[" + at + "].associations");
            }
        }
        for (int i = 0; i < r.individuals().size(); i++) {
            IndividualRequest p = r.individuals().get(i);
            if (p != null) {
                int at = i;
                atMost(errors, p.exams().size(), limits.credentialsPerIndividual(), () -> "individuals[" + at + "].exams");
                atMost(errors, p.certifications().size(), limits.credentialsPerIndividual(), () -> "individuals[" + at + "].certifications");
            }
        }
    }

    /** Paths are only spelt out for an error: these checks run for every element of every request. */
    private static void atMost(List<FieldError> errors, int size, int limit, Supplier<String> field) {
        if (size > limit) {
            errors.add(new FieldError(field.get(), "has " + size + " entries; at most " + limit + " are accepted"));
        }
    }

    private static void checkUnique(EvaluationRequest r, List<FieldError> errors) {
        Map<String, Integer> tenants = new HashMap<>();
        Map<String, Integer> workloads = new HashMap<>();
        for (int i = 0; i < r.customers().size(); i++) {
            CustomerRequest c = r.customers().get(i);
            if (c == null) {
                continue;
            }
            unique(errors, tenants, c.tenantId(), i, "tenantId", at -> "customers[" + at + "].tenantId");
            workloads.clear();
            int customer = i;
            for (int j = 0; j < c.workloads().size(); j++) {
                WorkloadRequest w = c.workloads().get(j);
                if (w != null) {
                    unique(errors, workloads, w.workload(), j, "workload", at -> "customers[" + customer + "].workloads[" + at + "].workload");
                }
            }
        }
        Map<String, Integer> people = new HashMap<>();
        for (int i = 0; i < r.individuals().size(); i++) {
            IndividualRequest p = r.individuals().get(i);
            if (p != null) {
                unique(errors, people, p.id(), i, "id", at -> "individuals[" + at + "].id");
            }
        }
    }

    private static void unique(List<FieldError> errors, Map<String, Integer> seen, String value, int index, String what,
            IntFunction<String> path) {
        if (value == null) {
            return;
        }
        Integer first = seen.putIfAbsent(value, index);
        if (first != null) {
            errors.add(new FieldError(path.apply(index), "duplicate " + what + " " + quoted(value) + ", first given at " + path.apply(first)));
        }
    }

    /** A value echoed in an error, cut short so that a hostile request is not sent back to its sender. */
    static String quoted(String value) {
        return "'" + (value.length() > 64 ? value.substring(0, 64) + "…" : value) + "'";
    }

    /** Bean Validation's violations as the API reports them, each named by its JSON path. */
    static List<FieldError> fieldErrors(Set<? extends ConstraintViolation<?>> violations) {
        List<FieldError> errors = new ArrayList<>(violations.size());
        for (ConstraintViolation<?> v : violations) {
            errors.add(new FieldError(CONTAINER_NODE.matcher(v.getPropertyPath().toString()).replaceAll(""), v.getMessage()));
        }
        return errors;
    }

    private static List<FieldError> firstOf(List<FieldError> errors) {
        List<FieldError> sorted = errors.stream().distinct().sorted(BY_FIELD).toList();
        if (sorted.size() <= MAX_ERRORS) {
            return sorted;
        }
        List<FieldError> first = new ArrayList<>(sorted.subList(0, MAX_ERRORS));
        first.add(new FieldError("", "and " + (sorted.size() - MAX_ERRORS) + " more errors"));
        return first;
    }
}
