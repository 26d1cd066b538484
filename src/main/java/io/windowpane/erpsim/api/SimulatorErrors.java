package io.windowpane.erpsim.api;

import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import io.windowpane.erpsim.dataset.SimRejection;

/** Every refusal leaves as {@code {"code", "message", "details"}} with a fitting status. */
@RestControllerAdvice
class SimulatorErrors {

    record ErrorBody(String code, String message, Map<String, Object> details) {
    }

    @ExceptionHandler
    ResponseEntity<ErrorBody> rejected(SimRejection rejection) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(rejection.status());
        if (rejection.status() == 503) {
            response.header(HttpHeaders.RETRY_AFTER, "1");
        }
        return response.body(new ErrorBody(rejection.code(), rejection.getMessage(), rejection.details()));
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MissingRequestHeaderException.class, IllegalArgumentException.class})
    ResponseEntity<ErrorBody> badRequest(Exception e) {
        return ResponseEntity.badRequest().body(new ErrorBody("BAD_REQUEST", e.getMessage(), Map.of()));
    }
}
