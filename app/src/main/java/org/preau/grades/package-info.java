/**
 * Grades: evaluations set by teachers for the classes they teach, marks (with special values and publication
 * embargo), compétences du socle, and the one implementation of averages ({@link org.preau.grades.Averages}).
 */
@NullMarked
package org.preau.grades;

import org.jspecify.annotations.NullMarked;
