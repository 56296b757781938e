package org.preau.homework.web;

import java.io.IOException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.preau.homework.FileRejectedException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Invalid input on the homework pages and API: a problem detail under /api, the shell's error page otherwise.
 * (Refused files are answered by the controllers themselves, with the message in the reader's language.)
 */
@RestControllerAdvice(basePackageClasses = HomeworkWebAdvice.class)
class HomeworkWebAdvice {

    @ExceptionHandler(IllegalArgumentException.class)
    @Nullable ResponseEntity<ProblemDetail> badRequest(IllegalArgumentException e, HttpServletRequest request,
                                                       HttpServletResponse response) throws IOException {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return null;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Bad request");
        return ResponseEntity.badRequest().body(problem);
    }

    /** A refused file as a problem detail whose detail is the user's message. */
    static ResponseEntity<ProblemDetail> fileRejected(FileRejectedException e, MessageSource messages, Locale locale) {
        ProblemDetail problem = e.getBody();
        problem.setDetail(messages.getMessage(e.messageCode(), e.messageArguments(), problem.getDetail(), locale));
        return ResponseEntity.status(e.getStatusCode()).body(problem);
    }
}
