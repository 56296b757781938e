package org.preau.timetable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.preau.demo.DemoAccounts;
import org.preau.support.PreauTest;
import org.preau.support.UserAgent;
import org.springframework.boot.test.web.server.LocalServerPort;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PreauTest
class TimetableApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private String childId(UserAgent parent) {
        JsonNode feeds = JSON.readTree(parent.get("/api/v1/me/calendar-feeds").body());
        JsonNode eleve = JSON.readTree(UserAgent.signedIn(port, DemoAccounts.ELEVE).get("/api/v1/me/calendar-feeds").body());
        String id = eleve.get(0).get("id").asString();
        assertThat(feeds.findValuesAsString("id")).contains(id);
        return id;
    }

    private JsonNode timetable(UserAgent who, String pupil, LocalDate from, LocalDate to) {
        HttpResponse<String> response = who.get("/api/v1/students/" + pupil + "/timetable?from=" + from + "&to=" + to);
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private Calendar feed(String url) throws Exception {
        HttpResponse<String> response = UserAgent.anonymous(port).get(url);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        return new CalendarBuilder().build(new StringReader(response.body()));
    }

    private static Optional<VEvent> event(Calendar calendar, String lessonId) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getUid().map(u -> u.getValue().startsWith(lessonId)).orElse(false)).findFirst();
    }

    private static String property(VEvent event, String name) {
        return event.<Property>getProperty(name).map(Property::getValue).orElse("");
    }

    @Test
    void theDemoParentsChildHasLessonsInTheJsonTimetable() {
        UserAgent parent = UserAgent.signedIn(port, DemoAccounts.PARENT);
        String child = childId(parent);
        JsonNode body = timetable(parent, child, LocalDate.now(), LocalDate.now().plusDays(30));
        JsonNode lessons = body.get("lessons");
        assertThat(lessons.size()).isPositive();
        JsonNode first = lessons.get(0);
        assertThat(first.get("id").asString()).isNotBlank();
        assertThat(OffsetDateTime.parse(first.get("start").asString())).isBefore(OffsetDateTime.parse(first.get("end").asString()));
        assertThat(first.get("start").asString()).matches(".*[+-]0[12]:00");
        assertThat(first.get("subject").asString()).isNotBlank();
        assertThat(first.get("teachers").get(0).get("name").asString()).isNotBlank();
        assertThat(first.get("status").asString()).isIn("scheduled", "cancelled", "moved", "replaced", "room_changed", "extra");
    }

    @Test
    void theChildsFeedIsAValidICalendarInParisTime() throws Exception {
        UserAgent parent = UserAgent.signedIn(port, DemoAccounts.PARENT);
        String child = childId(parent);
        JsonNode feeds = JSON.readTree(parent.get("/api/v1/me/calendar-feeds").body());
        String url = null;
        for (JsonNode f : feeds) {
            if (f.get("id").asString().equals(child)) {
                assertThat(f.get("scope").asString()).isEqualTo("pupil");
                url = f.get("url").asString();
            }
        }
        assertThat(url).contains(child);
        Calendar calendar = feed(url);
        assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE")).isNotEmpty();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).isNotEmpty().allSatisfy(e -> {
            assertThat(e.getUid()).isPresent();
            assertThat(e.getDateTimeStart().getValue()).isNotBlank();
        });
        assertThat(UserAgent.anonymous(port).get(url.replaceAll("/[^/]+\\.ics$", "/not-the-token.ics")).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aTeacherAbsenceCancelsTheChildsLessonsInJsonAndFeedKeepingUidsAndRaisingSequences() throws Exception {
        UserAgent parent = UserAgent.signedIn(port, DemoAccounts.PARENT);
        String child = childId(parent);
        LocalDate from = LocalDate.now().plusWeeks(5);
        JsonNode lessons = timetable(parent, child, from, from.plusDays(13)).get("lessons");
        JsonNode target = null;
        for (JsonNode l : lessons) {
            if (l.get("status").asString().equals("scheduled")) {
                target = l;
                break;
            }
        }
        assertThat(target).as("a scheduled lesson five weeks ahead").isNotNull();
        String lessonId = target.get("id").asString();
        String teacherId = target.get("teachers").get(0).get("id").asString();
        LocalDate day = OffsetDateTime.parse(target.get("start").asString()).toLocalDate();
        String url = feedUrl(parent, child);
        VEvent before = event(feed(url), lessonId).orElseThrow();
        int sequenceBefore = Integer.parseInt(property(before, "SEQUENCE"));

        UserAgent direction = UserAgent.signedIn(port, DemoAccounts.DIRECTION);
        HttpResponse<String> created = direction.sendJson("POST", "/api/v1/teacher-absences", JSON.writeValueAsString(Map.of(
                "teacherId", teacherId, "from", day.toString(), "to", day.toString(), "reason", "Stage")));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(created.body()).get("cancelledLessons").toString()).contains(lessonId);

        VEvent after = event(feed(url), lessonId).orElseThrow();
        assertThat(after.getUid().orElseThrow().getValue()).isEqualTo(before.getUid().orElseThrow().getValue());
        assertThat(Integer.parseInt(property(after, "SEQUENCE"))).isGreaterThan(sequenceBefore);
        assertThat(property(after, "STATUS")).isEqualTo("CANCELLED");
        JsonNode again = timetable(parent, child, day, day).get("lessons");
        boolean found = false;
        for (JsonNode l : again) {
            if (l.get("id").asString().equals(lessonId)) {
                assertThat(l.get("status").asString()).isEqualTo("cancelled");
                found = true;
            }
        }
        assertThat(found).isTrue();
    }

    private String feedUrl(UserAgent parent, String child) {
        for (JsonNode f : JSON.readTree(parent.get("/api/v1/me/calendar-feeds").body())) {
            if (f.get("id").asString().equals(child)) {
                return f.get("url").asString();
            }
        }
        throw new AssertionError("no feed for " + child);
    }

    @Test
    void anotherFamilysChildIsNotFoundAnonymousIsUnauthorisedAndAParentCannotRecordAnAbsence() {
        UserAgent parent = UserAgent.signedIn(port, DemoAccounts.PARENT);
        String child = childId(parent);
        assertThat(UserAgent.signedIn(port, DemoAccounts.PARENT2).get("/api/v1/students/" + child + "/timetable")
                .statusCode()).isEqualTo(404);
        assertThat(UserAgent.anonymous(port).get("/api/v1/students/" + child + "/timetable").statusCode()).isEqualTo(401);
        assertThat(UserAgent.anonymous(port).get("/api/v1/me/calendar-feeds").statusCode()).isEqualTo(401);
        HttpResponse<String> refused = parent.sendJson("POST", "/api/v1/teacher-absences", """
                {"teacherId": "%s", "from": "%s", "to": "%s", "reason": "test"}"""
                .formatted(java.util.UUID.randomUUID(), LocalDate.now(), LocalDate.now()));
        assertThat(refused.statusCode()).isEqualTo(403);
    }
}
