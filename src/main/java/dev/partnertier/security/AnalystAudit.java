package dev.partnertier.security;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.security.identity.SecurityIdentity;

import dev.partnertier.observability.LogText;

/**
 * One audit line for every analyst call that compiles or runs rules the caller sent: who (the token's subject),
 * which endpoint, the candidate rules' version (the hash of the files compiled) and their paths, and the outcome.
 * Never the rule text: it is code, may be large, and is the analyst's until it is reviewed into the rules folder.
 * Category {@code partner-tier.audit}, at INFO, whatever the decision log's setting; logfmt key=value pairs (a value
 * with a space or {@code =} in quotes), so a file's path cannot forge another pair.
 */
@ApplicationScoped
public class AnalystAudit {

    private static final Logger LOG = Logger.getLogger("partner-tier.audit");

    private final SecurityIdentity caller;

    public AnalystAudit(SecurityIdentity caller) {
        this.caller = caller;
    }

    /**
     * A call to an analyst endpoint that compiles or runs rules, refused before it could: a token without the analyst
     * role, or candidates that may not run here. Who tried, where, and why: the outcome is {@code denied: <why>}.
     */
    public void denied(String endpoint, String why) {
        LOG.infof("audit subject=%s endpoint=%s outcome=%s", LogText.value(subject()), LogText.value(endpoint),
                LogText.value("denied: " + why));
    }

    private String subject() {
        return caller.isAnonymous() ? "anonymous" : caller.getPrincipal().getName();
    }

    /** True for a call that compiles or runs rules: every POST under {@code /rules}. */
    public static boolean audited(String method, String path) {
        return "POST".equals(method) && path.startsWith("/rules/");
    }

    public void record(String endpoint, String candidateVersion, List<String> paths, String outcome) {
        LOG.infof("audit subject=%s endpoint=%s candidateVersion=%s files=%s outcome=%s",
                LogText.value(subject()), LogText.value(endpoint),
                candidateVersion, LogText.value(String.join(",", paths)), LogText.value(outcome));
    }
}
