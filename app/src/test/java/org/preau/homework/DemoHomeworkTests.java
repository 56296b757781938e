package org.preau.homework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.preau.demo.DemoAccounts;
import org.preau.homework.internal.SchoolClock;
import org.preau.platform.Member;
import org.preau.school.PupilSummary;
import org.preau.support.PreauTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PreauTest
class DemoHomeworkTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PupilHomework pupilHomework;
    @Autowired
    HomeworkFixture fixture;
    LocalDate today = SchoolClock.today();

    @Test
    void theDemoParentsChildrenHaveHomeworkInTheComingWeeks() {
        Member parent = fixture.member(DemoAccounts.PARENT);
        List<PupilSummary> children = fixture.inSchool(() -> pupilHomework.childrenOf(parent));
        assertThat(children).hasSizeGreaterThanOrEqualTo(2);
        for (PupilSummary child : children) {
            List<HomeworkItem> items = fixture.inSchool(() -> pupilHomework.homeworkOf(parent, child.id(), today,
                    today.plusDays(21)));
            assertThat(items).as(child.listName()).hasSizeGreaterThan(3);
            assertThat(items).extracting(HomeworkItem::description).doesNotContainNull();
        }
    }

    @Test
    void everyDivisionHasHomeworkDueInTheComingWeeks() {
        long divisions = fixture.count("select count(*) from divisions where school_id = ?", fixture.school().value());
        long withHomework = fixture.count("""
                select count(distinct e.division_id) from homework h
                join homework_lesson_entries e on e.school_id = h.school_id and e.id = h.lesson_entry_id
                where h.school_id = ? and h.due_on between ? and ?""", fixture.school().value(), today,
                today.plusDays(21));
        assertThat(withHomework).isEqualTo(divisions);
    }

    @Test
    void someHomeworkAsksForHandInsAndSomePupilsHaveAlreadyHandedInAndBeenMarked() {
        assertThat(fixture.count("select count(*) from homework where school_id = ? and hand_in_required",
                fixture.school().value())).isPositive();
        assertThat(fixture.count("select count(*) from homework_submissions where school_id = ?",
                fixture.school().value())).isPositive();
        assertThat(fixture.count("select count(*) from homework_returns where school_id = ? and mark is not null",
                fixture.school().value())).isPositive();
    }
}
