package org.preau.timetable;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.preau.demo.DemoAccounts;
import org.preau.platform.SchoolId;
import org.preau.platform.TenantContext;
import org.preau.school.SchoolStructure;
import org.preau.support.DemoMembers;
import org.preau.support.PreauTest;
import org.preau.support.UserAgent;
import org.preau.timetable.internal.Occurrence;
import org.preau.timetable.internal.Occurrences;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every timetable page renders for those allowed, and the calendar address can be revoked. */
@PreauTest
class TimetablePagesTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.preau.school.SchoolDirectory directory;
    @Autowired
    SchoolStructure school;
    @Autowired
    Occurrences occurrences;

    private <T> T inDemo(java.util.function.Supplier<T> work) {
        SchoolId demo = new DemoMembers(jdbc, directory).demoSchool();
        return TenantContext.callAs(demo, work);
    }

    @Test
    void directionPagesRender() {
        UserAgent direction = UserAgent.signedIn(port, DemoAccounts.DIRECTION);
        UUID teacher = inDemo(() -> school.teachers().getFirst().id().value());
        UUID division = inDemo(() -> school.divisions().getFirst().id().value());
        UUID room = inDemo(() -> school.rooms().getFirst().id().value());
        Occurrence lesson = inDemo(() -> occurrences.between(LocalDate.now(), LocalDate.now().plusDays(30)).getFirst());
        LocalDate day = LocalDate.now().plusDays(3);
        for (String page : new String[] {"/timetable/generate", "/timetable/settings", "/timetable/settings/teachers/" + teacher,
                "/timetable/changes", "/timetable/replan", "/timetable/replan?teacher=" + teacher + "&from=" + day + "&to=" + day,
                "/timetable/lessons/" + lesson.id(), "/timetable/grids?teacher=" + teacher, "/timetable/grids?room=" + room,
                "/timetable/week/teacher/" + teacher, "/timetable/week/division/" + division, "/timetable/week/room/" + room,
                "/timetable/export/division/" + division + ".csv?from=" + day + "&to=" + day.plusDays(7),
                "/timetable/export/division/" + division + ".json?from=" + day + "&to=" + day.plusDays(7)}) {
            HttpResponse<String> response = direction.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
        }
        assertThat(direction.get("/timetable/export/division/" + division + ".csv?from=" + day + "&to=" + day.plusDays(7))
                .body()).startsWith("id,date,start,end,week,subject");
    }

    @Test
    void directionSavesTheSchoolDayAndATeachersUnavailability() {
        UserAgent direction = UserAgent.signedIn(port, DemoAccounts.DIRECTION);
        String page = direction.get("/timetable/settings").body();
        assertThat(page).contains("M1").contains("S3");
        UUID teacher = inDemo(() -> school.teachers().getLast().id().value());
        direction.get("/timetable/settings/teachers/" + teacher);
        assertThat(direction.postForm("/timetable/settings/teachers/" + teacher, Map.of("slot-5-7", "UNAVAILABLE"))
                .statusCode()).isEqualTo(302);
        assertThat(direction.get("/timetable/settings/teachers/" + teacher).body())
                .containsPattern("name=\"slot-5-7\"[^>]*>\\s*<option value=\"\"[^<]*</option>\\s*<option value=\"AVOID\"[^<]*</option>\\s*<option value=\"UNAVAILABLE\" selected");
    }

    @Test
    void aParentSeesTheChildsWeekAndMayRevokeTheCalendarAddress() {
        UserAgent parent = UserAgent.signedIn(port, DemoAccounts.PARENT);
        UUID child = new DemoMembers(jdbc, directory).member(DemoAccounts.ELEVE).pupilId();
        HttpResponse<String> week = parent.get("/timetable/week/pupil/" + child);
        assertThat(week.statusCode()).isEqualTo(200);
        String before = feedUrl(week.body());
        assertThat(UserAgent.anonymous(port).get(before).statusCode()).isEqualTo(200);
        assertThat(parent.postForm("/timetable/week/pupil/" + child + "/feed", Map.of()).statusCode()).isEqualTo(302);
        String after = feedUrl(parent.get("/timetable/week/pupil/" + child).body());
        assertThat(after).isNotEqualTo(before);
        assertThat(UserAgent.anonymous(port).get(before).statusCode()).isEqualTo(404);
        assertThat(UserAgent.anonymous(port).get(after).statusCode()).isEqualTo(200);
    }

    @Test
    void anotherFamilyCannotOpenTheChildsWeekNorAParentTheBaseTimetable() {
        UUID child = new DemoMembers(jdbc, directory).member(DemoAccounts.ELEVE).pupilId();
        UserAgent other = UserAgent.signedIn(port, DemoAccounts.PARENT2);
        assertThat(other.get("/timetable/week/pupil/" + child).statusCode()).isEqualTo(404);
        assertThat(other.get("/timetable/export/pupil/" + child + ".json?from=2026-12-01&to=2026-12-07").statusCode())
                .isEqualTo(404);
        assertThat(other.get("/timetable/grids").statusCode()).isEqualTo(403);
        assertThat(other.get("/timetable/changes").statusCode()).isEqualTo(403);
    }

    private static String feedUrl(String html) {
        var m = java.util.regex.Pattern.compile("id=\"tt-feed-url\"[^>]*value=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            m = java.util.regex.Pattern.compile("value=\"([^\"]+\\.ics)\"").matcher(html);
            assertThat(m.find()).isTrue();
        }
        return m.group(1).replace("&amp;", "&");
    }
}
