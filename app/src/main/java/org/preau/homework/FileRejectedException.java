package org.preau.homework;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An uploaded file was refused before anything was stored: empty, too large, of a type not accepted or whose
 * content does not match its name. {@link #messageCode()} and {@link #messageArguments()} give the user's
 * message from the homework bundle.
 */
public class FileRejectedException extends ErrorResponseException {

    public enum Reason {
        EMPTY(HttpStatus.BAD_REQUEST), TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE),
        TYPE_NOT_ACCEPTED(HttpStatus.UNSUPPORTED_MEDIA_TYPE), CONTENT_MISMATCH(HttpStatus.UNSUPPORTED_MEDIA_TYPE);

        private final HttpStatus status;

        Reason(HttpStatus status) {
            this.status = status;
        }
    }

    private final Reason reason;
    private final List<Object> arguments;

    public FileRejectedException(Reason reason, String detail, Object... arguments) {
        super(reason.status, problem(reason, detail), null);
        this.reason = reason;
        this.arguments = List.of(arguments);
    }

    private static ProblemDetail problem(Reason reason, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(reason.status, detail);
        problem.setTitle("File rejected");
        problem.setProperty("reason", reason.name());
        return problem;
    }

    public Reason reason() {
        return reason;
    }

    public String messageCode() {
        return "homework.file.rejected." + reason.name().toLowerCase(java.util.Locale.ROOT);
    }

    public Object[] messageArguments() {
        return arguments.toArray();
    }
}
