package org.preau.school.internal.people;

import java.util.List;

/**
 * What is wrong in an imported file, where: the file, the line (1 = the header), the column, a message code
 * ({@code school.import.problem.<code>}) and its arguments.
 */
public record ImportProblem(String file, long line, String column, String code, List<Object> args) {
}
