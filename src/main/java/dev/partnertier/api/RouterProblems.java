package dev.partnertier.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

import dev.partnertier.contract.ProblemText;

/**
 * An RFC 9457 problem answered by a handler of the Vert.x router, before Quarkus REST (and {@link ProblemMappers})
 * sees the request: in the caller's language, with the request id that {@link RequestIds} would have given it.
 *
 * @param requestId the caller's {@code X-Request-Id} when sane, else a new one
 * @param language the language of the answer, from {@code Accept-Language}
 * @param text the API's sentences in that language
 */
record RouterProblems(String requestId, String language, ProblemText text) {

    /** The id, language and sentences of this request's answer. */
    static RouterProblems of(RoutingContext context) {
        String language = Languages.pick(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE), ProblemMappers.LANGUAGES);
        return new RouterProblems(RequestIds.idFor(context.request().getHeader(RequestIds.HEADER)), language,
                ProblemText.in(Languages.locale(language)));
    }

    /**
     * Sets the status and headers of a problem answer ({@code Content-Type}, {@code Content-Language}, {@code Vary},
     * {@code X-Request-Id}) and returns its body, for the caller to add headers of its own and end the response with.
     *
     * @param title the title in this language; {@code detail} likewise
     */
    String prepare(RoutingContext context, ObjectMapper json, int status, String title, String detail) {
        Problem problem = new Problem(Problem.HTTP_STATUS, title, status, detail, ProblemMappers.instance(rawPath(context.request().path())),
                requestId, null);
        context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, language)
                .putHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .putHeader(RequestIds.HEADER, requestId);
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            return "{\"status\":" + status + "}";
        }
    }

    /**
     * The path of the request line as sent (Vert.x leaves it percent-encoded; the path of an absolute-form target), or
     * {@code null} when the target is no path, such as {@code *} or {@code ?a}: nothing to name as the instance.
     */
    private static String rawPath(String path) {
        return path != null && path.startsWith("/") ? path : null;
    }
}
