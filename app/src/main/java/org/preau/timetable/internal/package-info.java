/** The timetable module's own model: problem building, solving jobs, publication, changes and feeds. */
@NullMarked
package org.preau.timetable.internal;

import org.jspecify.annotations.NullMarked;
