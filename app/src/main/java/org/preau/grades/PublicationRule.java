package org.preau.grades;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The school's default publication time of marks (the embargo), as Pronote users know it: marks reach families
 * {@code daysAfter} days after the evaluation's date, at {@code at} (school time) — in the evening by default, so
 * that pupils have had their copies back in class and families discover marks at home rather than during lessons.
 * A teacher may still choose another time for one evaluation.
 *
 * @param daysAfter 0 (the evaluation's own date) to {@value #MAX_DAYS} days after it
 * @param at        the time of day marks become visible, to the minute
 */
public record PublicationRule(int daysAfter, LocalTime at) {

    public static final int MAX_DAYS = 30;
    public static final PublicationRule DEFAULT = new PublicationRule(1, LocalTime.of(18, 0));

    public PublicationRule {
        Objects.requireNonNull(at, "at");
        if (daysAfter < 0 || daysAfter > MAX_DAYS) {
            throw new IllegalArgumentException("Publication is 0 to " + MAX_DAYS + " days after the evaluation");
        }
        at = at.truncatedTo(ChronoUnit.MINUTES);
    }

    /**
     * When the marks of an evaluation held on {@code heldOn} and created at {@code createdAt} become visible:
     * {@code heldOn + daysAfter} at {@code at}, but never before the first {@code at} that follows the creation
     * (an evaluation entered late is published that evening, not the instant its marks are typed).
     */
    public Instant publicationTime(LocalDate heldOn, Instant createdAt, ZoneId zone) {
        Instant byRule = heldOn.plusDays(daysAfter).atTime(at).atZone(zone).toInstant();
        ZonedDateTime created = createdAt.atZone(zone);
        Instant next = created.toLocalDate().atTime(at).atZone(zone).toInstant();
        if (next.isBefore(createdAt)) {
            next = created.toLocalDate().plusDays(1).atTime(at).atZone(zone).toInstant();
        }
        return byRule.isAfter(next) ? byRule : next;
    }
}
