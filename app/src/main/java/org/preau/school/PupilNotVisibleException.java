package org.preau.school;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The caller has no relation to this pupil (or the pupil does not exist): answered as 404, so that nobody can
 * learn which pupil ids exist in a school by probing them.
 */
public class PupilNotVisibleException extends ErrorResponseException {

    public PupilNotVisibleException(PupilId pupil) {
        super(HttpStatus.NOT_FOUND, problem(pupil), null);
    }

    private static ProblemDetail problem(PupilId pupil) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such pupil: " + pupil);
        problem.setTitle("Pupil not found");
        return problem;
    }
}
