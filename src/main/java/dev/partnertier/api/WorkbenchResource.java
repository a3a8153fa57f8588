package dev.partnertier.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.identity.SecurityIdentity;

import dev.partnertier.security.Roles;
import dev.partnertier.security.WorkbenchSession;

/**
 * {@code GET /workbench}: the analysts' page, served by the service itself (plain HTML, CSS and JavaScript from
 * {@code src/main/resources/workbench/}, no build step): the active rules by file, an editor that checks as the
 * analyst types, try a partner, run the scenarios, what-if on a portfolio, download. It calls the analyst endpoints
 * under {@code /rules} and never activates anything. A browser without the analyst role gets the sign-in page,
 * where the analyst pastes their bearer token once ({@link WorkbenchSession}).
 */
@Path(WorkbenchSession.PATH)
public class WorkbenchResource {

    /** The page's own files: nothing else is served from the folder. */
    private static final Map<String, String> ASSETS = Map.of("workbench.js", "text/javascript", "workbench.css", "text/css",
            "sign-in.js", "text/javascript");
    /** Scripts and styles from this service only; no inline script, no framing (clickjacking). */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    private final SecurityIdentity caller;
    private final ObjectMapper json;

    public WorkbenchResource(SecurityIdentity caller, ObjectMapper json) {
        this.caller = caller;
        this.json = json;
    }

    /** The workbench for an analyst; the sign-in page for anyone else (it holds no rules). */
    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public RestResponse<String> page() {
        boolean analyst = caller.hasRole(Roles.ANALYST);
        return RestResponse.ResponseBuilder.ok(read(analyst ? "workbench.html" : "sign-in.html"))
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    /** The page's own script and style (code, no data). */
    @GET
    @Path("/{asset}")
    @PermitAll
    @Operation(hidden = true)
    public RestResponse<String> asset(@PathParam("asset") String asset) {
        String type = ASSETS.get(asset);
        if (type == null) {
            throw new NotFoundException();
        }
        return RestResponse.ResponseBuilder.ok(read(asset)).type(type + ";charset=UTF-8")
                .header("X-Content-Type-Options", "nosniff").header(HttpHeaders.CACHE_CONTROL, "no-cache").build();
    }

    /** Starts a browser session with the bearer token of this request (the analyst's, pasted on the sign-in page). */
    @POST
    @Path("/session")
    @RolesAllowed(Roles.ANALYST)
    @Operation(hidden = true)
    public RestResponse<Void> signIn(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return RestResponse.status(RestResponse.Status.BAD_REQUEST);
        }
        long lifetime = caller.getPrincipal() instanceof JsonWebToken token && token.getExpirationTime() > 0
                ? token.getExpirationTime() - Instant.now().getEpochSecond() : 3600;
        return RestResponse.ResponseBuilder.<Void>noContent()
                .cookie(WorkbenchSession.start(authorization.substring(7).trim(), lifetime)).build();
    }

    /** Ends the browser session. */
    @DELETE
    @Path("/session")
    @PermitAll
    @Operation(hidden = true)
    public RestResponse<Void> signOut() {
        return RestResponse.ResponseBuilder.<Void>noContent().cookie(WorkbenchSession.end()).build();
    }

    /** The example partners and portfolio the page offers (the files of {@code examples/}). */
    @GET
    @Path("/examples")
    @RolesAllowed(Roles.ANALYST)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Map<String, Object> examples() throws IOException {
        Map<String, Object> partners = new LinkedHashMap<>();
        for (String name : List.of("silver-partner", "gold-partner", "what-if/fourth-coffee", "what-if/litware", "what-if/tailspin")) {
            partners.put(name, json.readTree(resource("examples/" + name + ".json")));
        }
        StringBuilder portfolio = new StringBuilder();
        for (String name : List.of("fourth-coffee", "litware", "tailspin")) {
            portfolio.append(json.writeValueAsString(json.readTree(resource("examples/what-if/" + name + ".json")))).append('\n');
        }
        return Map.of("partners", partners, "portfolio", portfolio.toString());
    }

    private static String read(String file) {
        try (InputStream in = resource("workbench/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = WorkbenchResource.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new NotFoundException();
        }
        return in;
    }
}
