package org.preau.homework;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No such lesson entry, homework or file for this caller (404): ids of other classes are not disclosed. */
public class HomeworkNotFoundException extends ErrorResponseException {

    public HomeworkNotFoundException(String what) {
        super(HttpStatus.NOT_FOUND, problem(what), null);
    }

    private static ProblemDetail problem(String what) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such " + what);
        problem.setTitle("Not found");
        return problem;
    }
}
