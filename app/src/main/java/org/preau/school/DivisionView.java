package org.preau.school;

import org.jspecify.annotations.Nullable;

/** A division (the classe, e.g. "5e B") with its level and professeur principal. */
public record DivisionView(DivisionId id, String name, LevelId levelId, String levelName,
                           @Nullable StaffId principalTeacherId) {
}
