package org.preau.timetable.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.preau.platform.SchoolId;
import org.preau.platform.TenantContext;
import org.preau.school.PupilAccess;
import org.preau.school.PupilId;
import org.preau.school.SchoolStructure;
import org.preau.timetable.internal.CalendarFeeds;
import org.preau.timetable.internal.IcsWriter;
import org.preau.timetable.internal.Labels;
import org.preau.timetable.internal.ScopedLessons;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The secret iCalendar feeds, read by calendar applications without signing in: the address itself (school,
 * scope, id and a random token) is the credential. A wrong or revoked token gives 404, like an unknown address.
 */
@Controller
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;
    private final ScopedLessons lessons;
    private final IcsWriter ics;
    private final Labels labels;
    private final SchoolStructure school;
    private final PupilAccess pupils;

    CalendarFeedController(CalendarFeeds feeds, ScopedLessons lessons, IcsWriter ics, Labels labels,
                           SchoolStructure school, PupilAccess pupils) {
        this.feeds = feeds;
        this.lessons = lessons;
        this.ics = ics;
        this.labels = labels;
        this.school = school;
        this.pupils = pupils;
    }

    @GetMapping("/calendar/{schoolId}/{scope}/{id}/{token}.ics")
    ResponseEntity<String> feed(@PathVariable UUID schoolId, @PathVariable String scope, @PathVariable UUID id,
                                @PathVariable String token) {
        CalendarFeeds.Scope wanted;
        try {
            wanted = CalendarFeeds.Scope.valueOf(scope.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return ResponseEntity.notFound().build();
        }
        return TenantContext.callAs(new SchoolId(schoolId), () -> feeds.byToken(token)
                .filter(f -> f.scope() == wanted && f.targetId().equals(id))
                .map(f -> {
                    var year = school.currentYear();
                    LocalDate from = year.map(y -> y.startsOn()).orElse(LocalDate.now().minusMonths(1));
                    LocalDate to = year.map(y -> y.endsOn()).orElse(LocalDate.now().plusMonths(6));
                    Labels.Directory directory = labels.directory();
                    String name = lessons.title(wanted, id, directory,
                                    p -> pupils.find(new PupilId(p)).map(s -> s.firstName() + " " + s.lastName()))
                            .orElse("Préau");
                    String body = ics.write("Emploi du temps — " + name, lessons.lessons(wanted, id, from, to), directory);
                    return ResponseEntity.ok().contentType(TEXT_CALENDAR)
                            .cacheControl(CacheControl.noCache().cachePrivate())
                            .header("X-Robots-Tag", "noindex").body(body);
                })
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build()));
    }
}
