package org.preau.attendance.internal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A request that cannot be carried out as asked (bad motif, file too large, already justified…). */
public class AttendanceRejected extends ErrorResponseException {

    private final String messageKey;

    public AttendanceRejected(HttpStatus status, String messageKey, String detail) {
        super(status, ProblemDetail.forStatusAndDetail(status, detail), null);
        this.messageKey = messageKey;
    }

    /** The key of the user-facing message in the attendance bundle. */
    public String messageKey() {
        return messageKey;
    }
}
