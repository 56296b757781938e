package org.preau.school.internal.people;

import java.util.List;

/**
 * The outcome of reading (and possibly importing) a file.
 *
 * @param lines    data lines read (the header excluded)
 * @param valid    lines without any problem
 * @param imported lines written to the database (0 for a preview, or when refused)
 */
public record ImportReport(String file, PeopleKind kind, int lines, int valid, int imported,
                           List<ImportProblem> problems) {

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
