package org.preau.demo;

import java.time.LocalDate;

import org.preau.platform.SchoolId;

/**
 * The demo collège has just been seeded (published once, synchronously, after its transaction committed): other
 * modules add their demo data from a listener (order them with {@code @Order} when one needs another's data).
 *
 * @param today the day the demo was built for (dates of the demo data are relative to it)
 */
public record DemoSchoolSeeded(SchoolId school, LocalDate today) {
}
