/**
 * Timetables (emplois du temps): the school's day structure, the base timetable solved by the Préau engine as a
 * background job, its publication as dated lessons over the school year, the week-by-week changes (absences,
 * replacements, moves, room changes), "my week" pages, the REST API and secret iCalendar feeds.
 */
@NullMarked
package org.preau.timetable;

import org.jspecify.annotations.NullMarked;
