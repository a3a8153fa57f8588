package dev.partnertier.model;

import java.util.List;
import java.util.Set;

/** Input fact: one of the partner's people with the exams they passed and the certifications they hold. */
public record Individual(String id, String name, Set<String> exams, Set<String> certifications) {

    public Individual {
        exams = Set.copyOf(exams);
        certifications = Set.copyOf(certifications);
    }

    /** The given exams this person has not passed, in the order given; used by rules to say what is missing. */
    public List<String> missingExams(String... required) {
        return java.util.Arrays.stream(required).filter(exam -> !exams.contains(exam)).toList();
    }

    /** How the person is named in explanations: the name when given, else the id. */
    public String displayName() {
        return name == null || name.isBlank() ? id : name + " (" + id + ")";
    }
}
