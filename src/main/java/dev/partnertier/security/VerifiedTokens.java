package dev.partnertier.security;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Bearer tokens already verified, so the portal's token is checked once, not on every request: checking an RS256
 * signature cost a third of a small decision (bench/README.md). The key is the whole token, signature included, so
 * only the very token that was verified matches; an entry lives until the token expires and at most
 * {@code maxAge} (after a key rotation, tokens signed with the old key are refused within that time). Bounded in
 * size; least recently used tokens go first.
 */
final class VerifiedTokens {

    private final Cache<String, Verified> cache;

    private record Verified(SecurityIdentity identity, Instant expires) {
    }

    VerifiedTokens(int maxSize, Duration maxAge) {
        this.cache = Caffeine.newBuilder()
                // Bookkeeping (expiry, eviction) on the calling thread, a few reads at a time: not a wake-up of a
                // common-pool thread every few requests.
                .executor(Runnable::run)
                .maximumSize(maxSize)
                .expireAfter(new Expiry<String, Verified>() {
                    @Override
                    public long expireAfterCreate(String token, Verified verified, long now) {
                        long untilExpiry = Duration.between(Instant.now(), verified.expires()).toNanos();
                        return Math.max(0, Math.min(untilExpiry, maxAge.toNanos()));
                    }

                    @Override
                    public long expireAfterUpdate(String token, Verified verified, long now, long current) {
                        return current;
                    }

                    @Override
                    public long expireAfterRead(String token, Verified verified, long now, long current) {
                        return current;
                    }
                })
                .build();
    }

    /** The identity a token was verified as, if it was and has not expired since. */
    SecurityIdentity get(String token) {
        Verified verified = cache.getIfPresent(token);
        return verified == null || !Instant.now().isBefore(verified.expires()) ? null : verified.identity();
    }

    /** Remembers a token that was just verified, until it expires. */
    void put(String token, SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0) {
            cache.put(token, new Verified(identity, Instant.ofEpochSecond(jwt.getExpirationTime())));
        }
    }
}
