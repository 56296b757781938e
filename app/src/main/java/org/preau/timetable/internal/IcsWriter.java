package org.preau.timetable.internal;

import java.time.ZonedDateTime;
import java.util.List;

import org.springframework.stereotype.Component;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes lessons as an iCalendar (RFC 5545) feed: one event per dated lesson, its UID made from the lesson's
 * stable id, SEQUENCE raised by each change, STATUS:CANCELLED for cancelled lessons, times in Europe/Paris with
 * its VTIMEZONE.
 */
@Component
public class IcsWriter {

    static final String UID_DOMAIN = "@preau";
    private final TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();

    public String write(String calendarName, List<Occurrence> lessons, Labels.Directory labels) {
        var zone = registry.getTimeZone(Publications.PARIS.getId());
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Préau//Emploi du temps//FR"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add((CalScale) ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        calendar.add(new XProperty("X-WR-TIMEZONE", Publications.PARIS.getId()));
        calendar.add(zone.getVTimeZone());
        for (Occurrence o : lessons) {
            ZonedDateTime start = o.startsAt().atZoneSameInstant(Publications.PARIS);
            ZonedDateTime end = o.endsAt().atZoneSameInstant(Publications.PARIS);
            String summary = labels.subject(o.subjectId()) + (o.isCancelled() ? " (annulé)" : "");
            VEvent event = new VEvent(start, end, summary);
            event.add(new Uid(o.id() + UID_DOMAIN));
            event.add(new Sequence(o.sequence()));
            event.add(new DtStamp(o.updatedAt().toInstant()));
            event.add(new LastModified(o.updatedAt().toInstant()));
            event.add(new Status(o.isCancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
            if (o.roomId() != null) {
                event.add(new Location(labels.room(o.roomId())));
            }
            event.add(new Description(description(o, labels)));
            calendar.add(event);
        }
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String description(Occurrence o, Labels.Directory labels) {
        StringBuilder text = new StringBuilder();
        text.append(labels.students(o.divisionId(), o.groupId())).append(" — ").append(labels.person(o.actualTeacherId()));
        if (o.week() != null) {
            text.append(" — semaine ").append(o.week());
        }
        switch (o.status()) {
            case "CANCELLED" -> text.append("\nCours annulé.");
            case "REPLACED" -> text.append("\nRemplacement de ").append(labels.person(o.teacherId())).append('.');
            case "MOVED" -> text.append("\nCours déplacé.");
            case "ROOM_CHANGED" -> text.append("\nChangement de salle.");
            case "EXTRA" -> text.append("\nCours supplémentaire.");
            default -> {
            }
        }
        return text.toString();
    }
}
