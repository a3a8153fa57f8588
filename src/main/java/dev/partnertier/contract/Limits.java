package dev.partnertier.contract;

/** Fixed bounds on single values of a request; the bounds on list sizes are settings ({@link RequestLimits}). */
public final class Limits {

    /** Identifiers: partner, tenant (a GUID or a domain name of up to 253 characters), individual. */
    public static final int ID_LENGTH = 256;
    /** Names the rules judge: workloads, associations, exams, certifications. */
    public static final int NAME_LENGTH = 100;
    /** Free text: a partner's or a person's name. */
    public static final int TEXT_LENGTH = 500;
    /** Active users of one workload of one tenant: far above any real tenant, far below overflow when summed. */
    public static final long ACTIVE_USERS = 100_000_000L;

    private Limits() {
    }
}
