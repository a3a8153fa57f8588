package dev.partnertier.analysis;

import java.util.List;

/** A partner of a portfolio that could not be read as a request: its position and each field at fault. */
public record InvalidPartner(int index, List<Field> errors) {

    /** A field at fault (JSON path) and what is wrong with it, in the language asked for. */
    public record Field(String field, String message) {
    }
}
