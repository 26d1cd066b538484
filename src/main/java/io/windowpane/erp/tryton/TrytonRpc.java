package io.windowpane.erp.tryton;

import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.windowpane.erp.ErpException;
import io.windowpane.erp.ErpMalformedResponseException;
import io.windowpane.erp.ErpRejectedException;
import io.windowpane.erp.ErpTimeoutException;
import io.windowpane.erp.ErpUnavailableException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tryton's JSON-RPC ({@code POST /{database}/}): signs in once ({@code common.db.login}, 220–300 ms), sends the
 * session on every call, signs in again once when Tryton answers 401 (an expired session), and appends the
 * user's context as the last parameter, as Tryton's own clients do. Every failure becomes one of the port's
 * exceptions here: a {@code UserError} or {@code UserWarning} a rejection with Tryton's message, refused
 * credentials or no connection "unavailable", a slow answer a time-out, anything unreadable "malformed".
 */
class TrytonRpc {

    private final RestClient http;
    private final TrytonProperties properties;
    private final AtomicLong ids = new AtomicLong();
    private final CircuitBreaker circuitBreaker;
    private final Bulkhead bulkhead;
    private volatile Session session;

    private record Session(String authorization, JsonNode context) {
    }

    TrytonRpc(RestClient http, TrytonProperties properties, CircuitBreaker circuitBreaker, Bulkhead bulkhead) {
        this.http = http;
        this.properties = properties;
        this.circuitBreaker = circuitBreaker;
        this.bulkhead = bulkhead;
    }

    /** Calls a model's method ({@code party.party.search_read}) with the session's context appended. */
    JsonNode model(String modelMethod, Object... params) {
        String method = "model." + modelMethod;
        Session current = session();
        try {
            return send(method, withContext(params, current.context()), current);
        } catch (SessionExpired expired) {
            session = null;
            Session renewed = session();
            try {
                return send(method, withContext(params, renewed.context()), renewed);
            } catch (SessionExpired again) {
                throw new ErpUnavailableException("Tryton refused the portal's session right after signing in", again);
            }
        }
    }

    /** The context the portal's calls run in, with extra keys (e.g. customer, price_list, quantity, locations). */
    ObjectNode context(Map<String, ?> extra) {
        ObjectNode context = (ObjectNode) session().context().deepCopy();
        extra.forEach((key, value) -> context.set(key, JsonNodeFactory.instance.pojoNode(value)));
        return context;
    }

    private synchronized Session session() {
        Session current = session;
        if (current != null) {
            return current;
        }
        JsonNode login = send("common.db.login", List.of(properties.user(), Map.of("password", properties.password()), "en"), null);
        if (!login.isArray() || login.size() < 2) {
            throw new ErpUnavailableException("Tryton refused the portal's user " + properties.user(), null);
        }
        String token = properties.user() + ":" + login.get(0).asLong() + ":" + login.get(1).asString();
        Session signedIn = new Session("Session " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)), null);
        JsonNode context = send("model.res.user.get_preferences", List.of(true, Map.of()), signedIn);
        session = new Session(signedIn.authorization(), context);
        return session;
    }

    private static List<Object> withContext(Object[] params, JsonNode context) {
        List<Object> all = new ArrayList<>(Arrays.asList(params));
        if (all.isEmpty() || !(all.get(all.size() - 1) instanceof ObjectNode)) {
            all.add(context);
        }
        return all;
    }

    /**
     * One exchange through the portal's ERP bulkhead and circuit breaker (as the HTTP adapter's): a hanging Tryton
     * cannot take every request thread, and one failing half its calls is not asked for a moment.
     */
    private JsonNode send(String method, List<Object> params, Session current) {
        try {
            return CircuitBreaker.decorateSupplier(circuitBreaker, Bulkhead.decorateSupplier(bulkhead,
                    () -> exchange(method, params, current))).get();
        } catch (CallNotPermittedException e) {
            throw new ErpUnavailableException(method + ": Tryton failed repeatedly, not asked again for a moment", e);
        } catch (BulkheadFullException e) {
            throw new ErpUnavailableException(method + ": too many Tryton requests under way", e);
        }
    }

    private JsonNode exchange(String method, List<Object> params, Session current) {
        Map<String, Object> request = Map.of("id", ids.incrementAndGet(), "method", method, "params", params);
        JsonNode answer;
        try {
            RestClient.RequestBodySpec call = http.post().uri("/{database}/", properties.database())
                    .contentType(MediaType.APPLICATION_JSON);
            if (current != null) {
                call.header("Authorization", current.authorization());
            }
            answer = call.body(request).retrieve()
                    .onStatus(status -> status.value() == 401 || status.value() == 403, (req, response) -> {
                        throw new SessionExpired(response.getStatusCode());
                    }).body(JsonNode.class);
        } catch (SessionExpired expired) {
            if (current == null) {
                throw new ErpUnavailableException("Tryton refused the portal's user " + properties.user(), expired);
            }
            throw expired;
        } catch (RestClientException e) {
            throw failure(method, e);
        }
        if (answer == null || !answer.isObject()) {
            throw new ErpMalformedResponseException(method + ": Tryton's answer is not a JSON-RPC object", null);
        }
        if (answer.has("error") && !answer.get("error").isNull()) {
            throw error(method, answer.get("error"));
        }
        return answer.get("result");
    }

    /** Tryton's {@code ["UserError", [message, description, domain]]} or {@code ["UserWarning", [name, message, …]]}. */
    private static ErpException error(String method, JsonNode error) {
        String kind = error.isArray() && error.size() > 0 ? error.get(0).asString() : String.valueOf(error);
        JsonNode args = error.isArray() && error.size() > 1 ? error.get(1) : null;
        if ("UserError".equals(kind) && args != null && args.isArray()) {
            String message = args.get(0).asString();
            String description = args.size() > 1 && !args.get(1).isNull() ? args.get(1).asString() : "";
            return new ErpRejectedException(422, "USER_ERROR", description.isBlank() ? message : message + " " + description,
                    Map.of("method", method));
        }
        if ("UserWarning".equals(kind) && args != null && args.isArray()) {
            return new ErpRejectedException(422, "USER_WARNING", args.size() > 1 ? args.get(1).asString() : kind,
                    Map.of("method", method, "warning", args.get(0).asString()));
        }
        if (kind.contains("AccessError") || kind.contains("NotLogged")) {
            return new ErpUnavailableException(method + ": Tryton refused access (" + kind + ")", null);
        }
        return new ErpMalformedResponseException(method + ": Tryton failed (" + kind + ")", null);
    }

    private static ErpException failure(String method, RestClientException e) {
        if (e instanceof ResourceAccessException && hasCause(e, HttpTimeoutException.class)) {
            return new ErpTimeoutException(method + ": Tryton did not answer in time", e);
        }
        if (e instanceof ResourceAccessException || e instanceof HttpClientErrorException
                || e instanceof org.springframework.web.client.HttpServerErrorException) {
            return new ErpUnavailableException(method + ": Tryton cannot be reached", e);
        }
        return new ErpMalformedResponseException(method + ": Tryton's answer could not be read", e);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Tryton answered 401 or 403: the session is gone (it times out), so the portal signs in again. */
    private static final class SessionExpired extends RuntimeException {
        SessionExpired(HttpStatusCode status) {
            super("Tryton answered " + status.value());
        }
    }
}
