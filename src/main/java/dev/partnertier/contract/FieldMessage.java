package dev.partnertier.contract;

import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One field at fault, by its JSON path (empty for the body as a whole; a rule file and line for rules that do not
 * compile), and what is wrong with it in the caller's language: an entry of a problem's {@code errors} (RFC 9457
 * extension member) and of a what-if's refused partner.
 */
@Schema(requiredProperties = {"field", "message"})
public record FieldMessage(String field, String message) {

    /** These field errors written in a language; null for null (a problem without field errors). */
    public static List<FieldMessage> of(List<FieldError> errors, Locale language) {
        return errors == null ? null : errors.stream().map(e -> new FieldMessage(e.field(), e.message(language))).toList();
    }
}
