package org.preau.reportcards;

import org.jspecify.annotations.Nullable;

/**
 * The conseil de classe's decision for one pupil and period, with the professeur principal's general
 * appreciation.
 */
public record CouncilDecision(@Nullable String generalAppreciation, @Nullable Distinction distinction,
                              boolean workWarning, boolean conductWarning) {

    public static final CouncilDecision NONE = new CouncilDecision(null, null, false, false);
}
