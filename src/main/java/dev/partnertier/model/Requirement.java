package dev.partnertier.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What each level requires (source page): performance, counted in active entitlements, and exams, counted in
 * qualified individuals. An enum, so a misspelt requirement in a rule does not compile. Written in answers and
 * scenarios by its {@link #id()}: {@code performance}, {@code exams}.
 */
public enum Requirement {
    PERFORMANCE("performance"),
    EXAMS("exams");

    private final String id;

    Requirement(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** @throws IllegalArgumentException for an id that names no requirement */
    @JsonCreator
    public static Requirement ofId(String id) {
        for (Requirement r : values()) {
            if (r.id.equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no requirement '" + id + "'; there are performance and exams");
    }
}
