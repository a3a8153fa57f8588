package dev.partnertier.wording;

import java.util.List;

/**
 * The endings an exclusion's sentence key may have after {@code exclusion.<reason>}, each a sentence the answers
 * choose instead of the plain one where the wording has it (rules/README.md, the table of keys). Said once here: the
 * answers choose by them, the wording check refuses any other ending.
 */
public final class ExclusionVariants {

    /** A person who holds exams or certifications no route names. */
    public static final String UNRECOGNISED = ".unrecognised";
    /** A workload, association or credential the rules count, written otherwise; its names add {@code given}, {@code meant}. */
    public static final String WRITTEN_OTHERWISE = ".written-otherwise";
    /**
     * A person who holds, among exams, a certification a route names, or among certifications an exam (as written or
     * written otherwise); its names add {@code given}, {@code meant}.
     */
    public static final String WRONG_LIST = ".wrong-list";
    /** After {@link #WRITTEN_OTHERWISE}: a trial, which would not count under the code meant either. */
    public static final String TRIAL = ".trial";
    /** A customer every workload of which is on a line of its own, with its active users (after the others, or alone). */
    public static final String USERS_ELSEWHERE = ".users-elsewhere";
    /** Every ending but none. */
    public static final List<String> ALL = List.of(UNRECOGNISED, WRITTEN_OTHERWISE, WRONG_LIST, USERS_ELSEWHERE,
            WRITTEN_OTHERWISE + TRIAL, WRITTEN_OTHERWISE + USERS_ELSEWHERE);

    private ExclusionVariants() {
    }
}
