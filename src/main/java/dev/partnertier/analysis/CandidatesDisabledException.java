package dev.partnertier.analysis;

/** Candidate rules may not run on this service: {@code rules.candidates-enabled} is false. Answered 403. */
public class CandidatesDisabledException extends RuntimeException {

    public CandidatesDisabledException() {
        super("running candidate rules is switched off on this service (rules.candidates-enabled=false)");
    }
}
