package dev.partnertier.security;

import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.lang.InvalidAlgorithmException;
import org.jose4j.lang.UnresolvableKeyException;

/**
 * Why a bearer token was refused, in words for the log (never for the answer, which says only
 * {@code invalid_token}, RFC 6750 section 3.1): from the error codes of jose4j, which SmallRye JWT checks tokens
 * with. Never the token or its claims, which may name a person.
 */
public final class TokenRefusals {

    private TokenRefusals() {
    }

    /**
     * The reason, e.g. "meant for another audience, or for none (aud; mp.jwt.verify.audiences)"; "not readable as a
     * signed JWT" for a token that is none, or when jose4j gave no reason.
     */
    public static String reason(Throwable refusal) {
        if (refusal != null && BearerTokenMechanism.TWO_HEADERS.equals(refusal.getMessage())) {
            return BearerTokenMechanism.TWO_HEADERS;
        }
        for (Throwable t = refusal; t != null; t = t.getCause()) {
            if (t instanceof InvalidJwtException invalid) {
                return reason(invalid);
            }
        }
        return "not readable as a signed JWT";
    }

    private static String reason(InvalidJwtException invalid) {
        if (invalid.hasExpired()) {
            return "expired (exp)";
        }
        if (invalid.hasErrorCode(ErrorCodes.AUDIENCE_INVALID) || invalid.hasErrorCode(ErrorCodes.AUDIENCE_MISSING)) {
            return "meant for another audience, or for none (aud; mp.jwt.verify.audiences)";
        }
        if (invalid.hasErrorCode(ErrorCodes.ISSUER_INVALID) || invalid.hasErrorCode(ErrorCodes.ISSUER_MISSING)) {
            return "from another issuer, or none (iss; mp.jwt.verify.issuer)";
        }
        if (invalid.hasErrorCode(ErrorCodes.SIGNATURE_INVALID) || invalid.hasErrorCode(ErrorCodes.SIGNATURE_MISSING)) {
            return "not signed by the trusted key (mp.jwt.verify.publickey.location)";
        }
        if (invalid.hasErrorCode(ErrorCodes.NOT_YET_VALID)) {
            return "not yet valid (nbf)";
        }
        if (invalid.hasErrorCode(ErrorCodes.EXPIRATION_MISSING)) {
            return "without an expiry (exp)";
        }
        for (Throwable cause = invalid.getCause(); cause != null; cause = cause.getCause()) {
            // jose4j files these under MISCELLANEOUS too (JwtConsumer wraps every JoseException so)
            if (cause instanceof InvalidAlgorithmException) {
                return "signed with an algorithm that is not accepted (alg; mp.jwt.verify.publickey.algorithm)";
            }
            if (cause instanceof UnresolvableKeyException) {
                return "signed with a key the service cannot find (kid; mp.jwt.verify.publickey.location)";
            }
        }
        if (invalid.hasErrorCode(ErrorCodes.JSON_INVALID) || invalid.hasErrorCode(ErrorCodes.MISCELLANEOUS)) {
            return "not readable as a signed JWT"; // parts that are not base64url JSON, or no JWS at all
        }
        if (invalid.hasErrorCode(ErrorCodes.MALFORMED_CLAIM)) {
            return "a claim with a value of the wrong type";
        }
        return "not valid (jose4j error codes "
                + invalid.getErrorDetails().stream().map(e -> String.valueOf(e.getErrorCode())).toList() + ")";
    }
}
