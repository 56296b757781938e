package org.preau.homework;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A travail à faire as a pupil (or their parent) sees it, with the pupil's own state: ticked as done, handed
 * in (latest version, late or not) and the teacher's return.
 */
public record HomeworkItem(HomeworkId id, String subjectName, String teacherName, String targetName,
                           LocalDate givenOn, LocalDate dueOn, String description, int estimatedMinutes,
                           List<FileView> attachments, boolean handInRequired, @Nullable Instant handInDeadline,
                           boolean done, @Nullable SubmissionVersion latestSubmission, int submissionCount,
                           @Nullable CorrectionView correction) {

    public HomeworkItem {
        attachments = List.copyOf(attachments);
    }

    public boolean submitted() {
        return latestSubmission != null;
    }

    public boolean late() {
        return latestSubmission != null && latestSubmission.late();
    }

    public @Nullable BigDecimal mark() {
        return correction == null ? null : correction.mark();
    }

    /** Whether a hand-in now would be late. */
    public boolean deadlinePassed(Instant now) {
        return handInDeadline != null && now.isAfter(handInDeadline);
    }
}
