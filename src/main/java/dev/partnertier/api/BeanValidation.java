package dev.partnertier.api;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import dev.partnertier.contract.FieldError;

/** Bean Validation's violations of the small analyst requests ({@code POST /rules/validate}) as field errors. */
final class BeanValidation {

    /** Hibernate Validator names list elements "&lt;list element&gt;"; the JSON path has only the index. */
    private static final Pattern CONTAINER_NODE = Pattern.compile("\\.?<[a-z ]+>");

    private BeanValidation() {
    }

    /**
     * Each violation named by its JSON path, with the complaint as a key of the API's words, so that it is said in the
     * caller's language: a constraint's own message given as {@code {field.key}}, or the standard constraints' meaning;
     * Bean Validation's (English) message for any other.
     */
    static List<FieldError> fieldErrors(Set<? extends ConstraintViolation<?>> violations) {
        List<FieldError> errors = new ArrayList<>(violations.size());
        for (ConstraintViolation<?> v : violations) {
            errors.add(fieldError(CONTAINER_NODE.matcher(v.getPropertyPath().toString()).replaceAll(""), v));
        }
        return errors;
    }

    private static FieldError fieldError(String field, ConstraintViolation<?> v) {
        String template = v.getMessageTemplate();
        Annotation constraint = v.getConstraintDescriptor().getAnnotation();
        if (template.startsWith("{field.") && template.endsWith("}")) {
            return FieldError.of(field, template.substring(1, template.length() - 1));
        } else if (constraint instanceof NotBlank) {
            return FieldError.of(field, "field.not-blank");
        } else if (constraint instanceof NotNull) {
            return FieldError.of(field, "field.not-null");
        } else if (constraint instanceof NotEmpty) {
            return FieldError.of(field, "field.not-empty");
        } else if (constraint instanceof Size size && size.min() == 0) {
            return v.getInvalidValue() instanceof Collection<?> list
                    ? FieldError.of(field, "field.too-many", list.size(), size.max())
                    : FieldError.of(field, "field.size", size.max());
        } else if (constraint instanceof Max max) {
            return FieldError.of(field, "field.max", max.value());
        } else if (constraint instanceof PositiveOrZero) {
            return FieldError.of(field, "field.min", 0);
        }
        return FieldError.of(field, "field.as-is", v.getMessage());
    }
}
