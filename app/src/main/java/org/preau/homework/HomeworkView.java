package org.preau.homework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A travail à faire as its teacher sees it in the cahier de textes, with how many pupils handed in. */
public record HomeworkView(HomeworkId id, LessonEntryId lessonEntryId, LocalDate givenOn, LocalDate dueOn,
                           String description, int estimatedMinutes, boolean handInRequired,
                           @Nullable Instant handInDeadline, List<FileView> attachments, int pupilsHandedIn) {

    public HomeworkView {
        attachments = List.copyOf(attachments);
    }
}
