package org.preau.school;

import java.util.List;

/** One page of pupils (from 0) and how many there are in all. */
public record PupilPage(List<PupilSummary> content, int page, int size, long totalElements) {
}
