package org.preau.grades;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The caller may not do this with that evaluation (not their class, not their evaluation): 403. */
public class GradingDeniedException extends ErrorResponseException {

    public GradingDeniedException(String reason) {
        super(HttpStatus.FORBIDDEN, org.springframework.http.ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                reason), null);
    }
}
