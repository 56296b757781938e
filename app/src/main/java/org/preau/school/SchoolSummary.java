package org.preau.school;

import org.preau.platform.SchoolId;

/** An établissement as the page header and the API name it: its UAI code and its name. */
public record SchoolSummary(SchoolId id, String uai, String name) {
}
