/**
 * Cahier de textes and remise de copies: what each lesson covered, the travail à faire given with its due date,
 * the daily workload of a class, and pupils' hand-ins with the teacher's corrections.
 */
@NullMarked
package org.preau.homework;

import org.jspecify.annotations.NullMarked;
