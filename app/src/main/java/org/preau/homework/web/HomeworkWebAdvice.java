package org.preau.homework.web;

import java.util.Locale;

import org.preau.homework.FileRejectedException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of the homework pages and API as problem details, in the reader's language. */
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackageClasses = HomeworkWebAdvice.class)
class HomeworkWebAdvice {

    private final MessageSource messages;

    HomeworkWebAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(FileRejectedException.class)
    ResponseEntity<ProblemDetail> fileRejected(FileRejectedException e, Locale locale) {
        ProblemDetail problem = e.getBody();
        problem.setDetail(messages.getMessage(e.messageCode(), e.messageArguments(), problem.getDetail(), locale));
        return ResponseEntity.status(e.getStatusCode()).body(problem);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badRequest(IllegalArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Bad request");
        return ResponseEntity.badRequest().body(problem);
    }
}
