package org.preau.homework;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** The teacher's return of a hand-in: a mark out of 20, a comment and possibly a corrected file. */
public record CorrectionView(CorrectionId id, @Nullable BigDecimal mark, String comment, @Nullable FileView file,
                             Instant returnedAt) {
}
