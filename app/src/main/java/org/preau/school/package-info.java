/**
 * School structure and people: the établissement, years and periods, levels, divisions and groups, subjects,
 * rooms, pupils, responsables légaux, staff and teaching assignments — and who may see which pupil.
 */
@NullMarked
package org.preau.school;

import org.jspecify.annotations.NullMarked;
