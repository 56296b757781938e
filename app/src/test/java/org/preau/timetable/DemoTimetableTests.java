package org.preau.timetable;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.preau.demo.DemoAccounts;
import org.preau.platform.SchoolId;
import org.preau.platform.TenantContext;
import org.preau.support.PreauTest;
import org.preau.timetable.internal.BaseTimetables;
import org.preau.timetable.internal.Occurrences;
import org.preau.timetable.internal.Publications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PreauTest
class DemoTimetableTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    BaseTimetables timetables;
    @Autowired
    Publications publications;
    @Autowired
    Occurrences occurrences;

    private SchoolId demo() {
        return new SchoolId(jdbc.sql("select school_id from schools where uai = ?").param(DemoAccounts.SCHOOL_UAI)
                .query(UUID.class).single());
    }

    @Test
    void theDemoCollegeHasASolvedBaseTimetablePublishedOverTheYear() {
        TenantContext.runAs(demo(), () -> {
            var timetable = timetables.latest().orElseThrow();
            System.out.printf("demo timetable: %d/%d placed, %d hard, soft %s%n%s%n", timetable.placed(),
                    timetable.lessons(), timetable.hardViolations(), timetable.softPenalty(), timetable.explanations());
            assertThat(timetable.placed()).isPositive();
            var publication = publications.active().orElseThrow();
            assertThat(publication.occurrences()).isPositive();
            List<?> lessons = occurrences.between(LocalDate.now(), LocalDate.now().plusDays(14));
            assertThat(lessons).isNotEmpty();
        });
    }
}
