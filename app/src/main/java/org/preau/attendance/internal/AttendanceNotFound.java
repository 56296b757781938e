package org.preau.attendance.internal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No such lesson or absence for this caller: 404. */
public class AttendanceNotFound extends ErrorResponseException {

    public AttendanceNotFound(String detail) {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail), null);
    }
}
