package org.preau.web;

import java.io.IOException;

import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Errors the way each kind of client expects them: {@code application/problem+json} under {@code /api}, and
 * otherwise the French (or English) error page of the shell ({@code templates/error/<status>.html}), never a
 * stack trace or a JSON body in a browser.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorPages {

    @ExceptionHandler({ErrorResponseException.class, NoResourceFoundException.class})
    @Nullable ResponseEntity<ProblemDetail> errorResponse(Exception exception, HttpServletRequest request,
                                                HttpServletResponse response) throws IOException {
        ErrorResponse error = (ErrorResponse) exception;
        return answer(request, response, HttpStatus.valueOf(error.getStatusCode().value()), error.getBody());
    }

    @ExceptionHandler(AccessDeniedException.class)
    @Nullable ResponseEntity<ProblemDetail> accessDenied(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        return answer(request, response, HttpStatus.FORBIDDEN,
                ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Your roles do not allow this"));
    }

    private static @Nullable ResponseEntity<ProblemDetail> answer(HttpServletRequest request, HttpServletResponse response,
                                                        HttpStatus status, ProblemDetail problem) throws IOException {
        if (isApi(request)) {
            return ResponseEntity.status(status).body(problem);
        }
        response.sendError(status.value());
        return null;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
