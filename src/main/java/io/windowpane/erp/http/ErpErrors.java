package io.windowpane.erp.http;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientException;

import io.windowpane.erp.ErpException;
import io.windowpane.erp.ErpMalformedResponseException;
import io.windowpane.erp.ErpNotFoundException;
import io.windowpane.erp.ErpRejectedException;
import io.windowpane.erp.ErpTimeoutException;
import io.windowpane.erp.ErpUnavailableException;
import tools.jackson.databind.json.JsonMapper;

/** Translates HTTP outcomes into the port's typed exceptions, once, at the edge. */
final class ErpErrors {

    private final JsonMapper json;
    private final Clock clock;

    ErpErrors(JsonMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /** An error status: 404 not found, 429/5xx/401/403 unavailable, any other 4xx a rejection with the ERP's code. */
    ErpException fromResponse(String what, ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        Wire.ErrorBody body = errorBody(response);
        String message = what + ": HTTP " + status + (body.message() != null ? " " + body.message() : "");
        if (status == 404) {
            return new ErpNotFoundException(message);
        }
        if (status == 429 || status >= 500) {
            return new ErpUnavailableException(message, retryAfter(response.getHeaders()), null);
        }
        if (status == 401 || status == 403) {
            return new ErpUnavailableException(what + ": the ERP refused the portal's API key (HTTP " + status + ")", null);
        }
        return new ErpRejectedException(status, body.code() != null ? body.code() : "HTTP_" + status,
                body.message() != null ? body.message() : message, body.details());
    }

    /** A failure without a usable answer: no connection, a time-out, or a body that is not the contract's JSON. */
    ErpException fromClientFailure(String what, RestClientException e) {
        if (e instanceof ResourceAccessException && hasCause(e, HttpTimeoutException.class)) {
            return new ErpTimeoutException(what + ": the ERP did not answer in time", e);
        }
        if (e instanceof ResourceAccessException) {
            return new ErpUnavailableException(what + ": the ERP cannot be reached", e);
        }
        return new ErpMalformedResponseException(what + ": the ERP's answer could not be read", e);
    }

    private Wire.ErrorBody errorBody(ClientHttpResponse response) {
        try {
            Wire.ErrorBody body = json.readValue(response.getBody(), Wire.ErrorBody.class);
            return body != null ? body : new Wire.ErrorBody(null, null, null);
        } catch (IOException | RuntimeException notJson) {
            return new Wire.ErrorBody(null, null, null);
        }
    }

    /** Retry-After in delta-seconds or as an HTTP date. */
    Duration retryAfter(HttpHeaders headers) {
        String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(value.trim()));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(clock.instant(), at.toInstant());
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException neither) {
                return null;
            }
        }
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
