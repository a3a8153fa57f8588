package dev.partnertier.model;

import java.util.List;

/**
 * Rule-made fact: one way for an individual to qualify, named, with every exam and every certification it asks
 * for (the source page names two routes: a pair of exams, or one certification). One rule in individuals.drl inserts
 * them all,
 * so the qualification rules, the "what is missing" sentence and the gaps follow from that rule alone.
 */
public record QualifyingRoute(String name, List<String> exams, List<String> certifications) {

    public QualifyingRoute {
        exams = List.copyOf(exams);
        certifications = List.copyOf(certifications);
    }

    /** How many exams and certifications the route asks for. */
    public int credentials() {
        return exams.size() + certifications.size();
    }

    /** A route of exams, all of which must be passed. */
    public static QualifyingRoute exams(String name, String... exams) {
        return new QualifyingRoute(name, List.of(exams), List.of());
    }

    /** A route of certifications, all of which must be held. */
    public static QualifyingRoute certifications(String name, String... certifications) {
        return new QualifyingRoute(name, List.of(), List.of(certifications));
    }
}
