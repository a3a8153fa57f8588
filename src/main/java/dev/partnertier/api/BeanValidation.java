package dev.partnertier.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;

import dev.partnertier.contract.FieldError;

/** Bean Validation's violations of the small analyst requests ({@code POST /rules/validate}) as field errors. */
final class BeanValidation {

    /** Hibernate Validator names list elements "&lt;list element&gt;"; the JSON path has only the index. */
    private static final Pattern CONTAINER_NODE = Pattern.compile("\\.?<[a-z ]+>");

    private BeanValidation() {
    }

    /** Each violation named by its JSON path, with Bean Validation's (English) message. */
    static List<FieldError> fieldErrors(Set<? extends ConstraintViolation<?>> violations) {
        List<FieldError> errors = new ArrayList<>(violations.size());
        for (ConstraintViolation<?> v : violations) {
            errors.add(FieldError.of(CONTAINER_NODE.matcher(v.getPropertyPath().toString()).replaceAll(""), "field.as-is", v.getMessage()));
        }
        return errors;
    }
}
