package dev.partnertier.security;

import jakarta.ws.rs.core.NewCookie;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * The workbench's browser session: the analyst's own bearer token, kept by the browser in an {@code HttpOnly},
 * {@code SameSite=Strict} cookie so that the page (a plain navigation) and its scripts can be authenticated. The
 * cookie counts only for reading the workbench's own pages ({@code GET /workbench...}) and for calls that carry
 * {@value #HEADER} (which a page of another site cannot add, RFC 6454 and the Fetch standard's CORS rules): a
 * forged form or link from elsewhere never acts with it.
 */
public final class WorkbenchSession {

    /** The session cookie: {@code __Host-} so that it is only ever set by this host, over HTTPS, for every path (RFC 6265bis). */
    public static final String COOKIE = "__Host-partner-tier-workbench";
    /** Sent by the workbench's scripts with every API call. */
    public static final String HEADER = "X-Workbench";
    /** Where the workbench's pages are. */
    public static final String PATH = "/workbench";

    private WorkbenchSession() {
    }

    /** The token of the session cookie, when this request may be authenticated by it; null otherwise. */
    static String token(RoutingContext context) {
        Cookie cookie = context.request().getCookie(COOKIE);
        if (cookie == null || cookie.getValue().isBlank()) {
            return null;
        }
        boolean page = isPage(context);
        return page || context.request().getHeader(HEADER) != null ? cookie.getValue() : null;
    }

    /** True for reading one of the workbench's own pages (a plain navigation, which cannot carry a header). */
    static boolean isPage(RoutingContext context) {
        String path = context.normalizedPath();
        return context.request().method() == HttpMethod.GET && (path.equals(PATH) || path.startsWith(PATH + "/"));
    }

    /**
     * The cookie that starts a session with this token for {@code maxAgeSeconds} (the token's own remaining life).
     * Always {@code Secure}: a bearer token is never sent in the clear (RFC 6750, section 5.3); browsers count
     * {@code http://localhost} as secure, so the workbench also works on a laptop.
     */
    public static NewCookie start(String token, long maxAgeSeconds) {
        return new NewCookie.Builder(COOKIE).value(token).path("/").httpOnly(true).sameSite(NewCookie.SameSite.STRICT)
                .secure(true).maxAge((int) Math.min(Integer.MAX_VALUE, Math.max(0, maxAgeSeconds))).build();
    }

    /** The cookie that ends the session. */
    public static NewCookie end() {
        return start("", 0);
    }
}
