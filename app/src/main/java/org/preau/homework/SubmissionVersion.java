package org.preau.homework;

import java.time.Instant;

/** One upload of a hand-in: versions count from 1 and none is ever replaced. */
public record SubmissionVersion(SubmissionId id, int version, String fileName, String contentType, long size,
                                Instant submittedAt, boolean late) {
}
