package dev.partnertier.contract;

import java.util.List;

/** The request breaks the contract; answered with 400 and every field at fault (the first hundred). */
public class InvalidRequestException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super(errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message() : errors.size() + " fields are invalid",
                null, false, false);
        this.errors = List.copyOf(errors);
    }

    public InvalidRequestException(FieldError error) {
        this(List.of(error));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
