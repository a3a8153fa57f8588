package dev.partnertier.analysis;

/**
 * Candidate rules compiled but failed on a partner (a consequence threw, or they reached no verdict): a defect of
 * the analyst's edit, not of the service or the request. Answered 422 by {@code POST /rules/try}.
 */
public class CandidateFailedException extends RuntimeException {

    public CandidateFailedException(RuntimeException cause) {
        super("the candidate rules failed on this partner: " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : " " + cause.getMessage()), cause);
    }
}
