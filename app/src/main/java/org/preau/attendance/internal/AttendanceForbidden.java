package org.preau.attendance.internal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The caller knows the thing exists but may not act on it (a teacher and another teacher's lesson): 403. */
public class AttendanceForbidden extends ErrorResponseException {

    public AttendanceForbidden(String detail) {
        super(HttpStatus.FORBIDDEN, ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail), null);
    }
}
