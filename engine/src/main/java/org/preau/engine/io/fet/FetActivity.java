package org.preau.engine.io.fet;

import java.util.List;
import java.util.Set;

/** An active FET activity as written in the file, kept for the activity filters of FET's constraints. */
record FetActivity(String id, List<String> teachers, String subject, List<String> tags, List<String> students,
        int duration, String groupId, int componentNumber) {

    /**
     * FET's filter: every non-empty criterion must match. Students match as FET does it: the activity has a
     * students set sharing pupils with the filter's set ({@code sharingSets}: the names of all such sets; null
     * when there is no students criterion), so a year's filter also takes its groups' activities.
     */
    boolean matches(String teacher, Set<String> sharingSets, String subjectName, String tag, String durationText) {
        return (teacher.isEmpty() || teachers.contains(teacher))
                && (sharingSets == null || students.stream().anyMatch(sharingSets::contains))
                && (subjectName.isEmpty() || subject.equals(subjectName))
                && (tag.isEmpty() || tags.contains(tag))
                && (durationText.isBlank() || Integer.toString(duration).equals(durationText.trim()));
    }
}
