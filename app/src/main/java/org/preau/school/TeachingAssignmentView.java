package org.preau.school;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * Who teaches what to whom: a teacher, a subject, a division or a group (exactly one), and weekly hours
 * where a half hour means one lesson every other week (semaine A / semaine B).
 *
 * @param targetName the division's or group's name
 */
public record TeachingAssignmentView(TeachingAssignmentId id, StaffId teacherId, SubjectId subjectId,
                                     String subjectCode, @Nullable DivisionId divisionId,
                                     @Nullable GroupId groupId, String targetName, BigDecimal weeklyHours) {

    /** Weekly hours counted in half hours (4.5 h → 9): whole numbers for scheduling. */
    public int halfHoursPerWeek() {
        return weeklyHours.multiply(BigDecimal.TWO).intValueExact();
    }
}
