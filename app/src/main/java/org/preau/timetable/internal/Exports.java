package org.preau.timetable.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/** Lessons of any date range as CSV (commons-csv) or as JSON-ready maps, changes included. */
@Component
public class Exports {

    public static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final String[] HEADER = {"id", "date", "start", "end", "week", "subject", "students", "teacher",
            "replaced_teacher", "room", "status", "sequence", "original_start"};

    public String csv(List<Occurrence> lessons, Labels.Directory labels) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (Occurrence o : lessons) {
                printer.printRecord(o.id(), o.date(), ISO.format(local(o.startsAt())), ISO.format(local(o.endsAt())),
                        o.week() == null ? "" : o.week(), labels.subject(o.subjectId()),
                        labels.students(o.divisionId(), o.groupId()), labels.person(o.actualTeacherId()),
                        o.replacementTeacherId() == null ? "" : labels.person(o.teacherId()), labels.room(o.roomId()),
                        status(o), o.sequence(),
                        o.originalStartsAt() == null ? "" : ISO.format(local(o.originalStartsAt())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** One lesson as the API shows it. */
    public Map<String, Object> json(Occurrence o, Labels.Directory labels) {
        Map<String, Object> lesson = new LinkedHashMap<>();
        lesson.put("id", o.id());
        lesson.put("start", ISO.format(local(o.startsAt())));
        lesson.put("end", ISO.format(local(o.endsAt())));
        lesson.put("subject", labels.subject(o.subjectId()));
        lesson.put("subjectCode", labels.subjectCode(o.subjectId()));
        lesson.put("students", labels.students(o.divisionId(), o.groupId()));
        lesson.put("teachers", List.of(Map.of("id", o.actualTeacherId(), "name", labels.person(o.actualTeacherId()))));
        lesson.put("room", o.roomId() == null ? null : labels.room(o.roomId()));
        lesson.put("status", status(o));
        lesson.put("week", o.week());
        lesson.put("sequence", o.sequence());
        if (o.replacementTeacherId() != null) {
            lesson.put("replacedTeacher", Map.of("id", o.teacherId(), "name", labels.person(o.teacherId())));
        }
        if (o.originalStartsAt() != null) {
            lesson.put("originalStart", ISO.format(local(o.originalStartsAt())));
        }
        return lesson;
    }

    /** The API's status words: scheduled, cancelled, moved, replaced, room_changed, extra. */
    public static String status(Occurrence o) {
        return o.status().toLowerCase(java.util.Locale.ROOT);
    }

    private static java.time.OffsetDateTime local(java.time.OffsetDateTime t) {
        return t.atZoneSameInstant(Publications.PARIS).toOffsetDateTime();
    }
}
