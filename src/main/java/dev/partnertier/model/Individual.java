package dev.partnertier.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Input fact: one of the partner's people, by id, with the exams passed and the certifications held. The name is
 * not a fact (the rules need none); answers show it beside the id.
 */
public record Individual(String id, Set<String> exams, Set<String> certifications) {

    public Individual {
        exams = Set.copyOf(exams);
        certifications = Set.copyOf(certifications);
    }

    /** True when this person holds everything the route asks for. */
    public boolean meets(QualifyingRoute route) {
        return exams.containsAll(route.exams()) && certifications.containsAll(route.certifications());
    }

    /** The exams of the route this person has not passed, in the route's order. */
    public List<String> missingExams(QualifyingRoute route) {
        return missing(route.exams(), exams);
    }

    /** The certifications of the route this person does not hold, in the route's order. */
    public List<String> missingCertifications(QualifyingRoute route) {
        return missing(route.certifications(), certifications);
    }

    /**
     * The exams and certifications this person holds that none of these routes names, sorted, each once: most often a
     * name written otherwise than the rules write it (an "Exam " before the number, spaces where the rules have
     * underscores), which the answer points out. A name sent in both lists and named in one of them is not among them:
     * it counts where it is named.
     */
    public List<String> namedByNoRoute(java.util.Collection<QualifyingRoute> routes) {
        Set<String> named = new HashSet<>();
        for (String exam : exams) {
            if (routes.stream().anyMatch(route -> route.exams().contains(exam))) {
                named.add(exam);
            }
        }
        for (String certification : certifications) {
            if (routes.stream().anyMatch(route -> route.certifications().contains(certification))) {
                named.add(certification);
            }
        }
        List<String> unnamed = new ArrayList<>(exams);
        unnamed.addAll(certifications);
        return unnamed.stream().filter(c -> !named.contains(c)).sorted().distinct().toList();
    }

    /** How many exams and certifications this person lacks for the route: 0 when qualified by it. */
    public int missingCount(QualifyingRoute route) {
        return missingExams(route).size() + missingCertifications(route).size();
    }

    private static List<String> missing(List<String> wanted, Set<String> held) {
        List<String> missing = new ArrayList<>(wanted.size());
        for (String credential : wanted) {
            if (!held.contains(credential)) {
                missing.add(credential);
            }
        }
        return missing;
    }

    /**
     * Identity: each fact stands for a distinct group (or person) of one request, and the rules' indexes hash it
     * for every join (by value, that walked the whole record each time: a tenth of a small decision).
     */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
