package org.preau.school;

import org.jspecify.annotations.Nullable;

/**
 * A group of pupils: LV2 groups mixing divisions of a level, options, demi-groupes (half a division, then
 * {@code divisionId} is set).
 *
 * @param kind LV2, OPTION, SPECIALITE, DEMI_GROUPE or OTHER
 */
public record GroupView(GroupId id, String name, String kind, @Nullable LevelId levelId,
                        @Nullable DivisionId divisionId) {
}
