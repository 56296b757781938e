package org.preau.engine.io.fet;

import java.util.List;

/** An active FET activity as written in the file, kept for the activity filters of FET's constraints. */
record FetActivity(String id, List<String> teachers, String subject, List<String> tags, List<String> students,
        int duration, String groupId, int componentNumber) {

    /** FET's filter: every non-empty criterion must match (students by the exact set name listed). */
    boolean matches(String teacher, String studentsName, String subjectName, String tag, String durationText) {
        return (teacher.isEmpty() || teachers.contains(teacher))
                && (studentsName.isEmpty() || students.contains(studentsName))
                && (subjectName.isEmpty() || subject.equals(subjectName))
                && (tag.isEmpty() || tags.contains(tag))
                && (durationText.isBlank() || Integer.toString(duration).equals(durationText.trim()));
    }
}
