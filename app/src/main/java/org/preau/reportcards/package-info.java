/**
 * Report cards (bulletins): per period and division, each subject's average and the teacher's appréciation, the
 * professeur principal's general appreciation, absences and the conseil de classe's decisions; HTML and PDF from
 * one template, a division's PDFs as a background batch, and the LSU export.
 */
@NullMarked
package org.preau.reportcards;

import org.jspecify.annotations.NullMarked;
