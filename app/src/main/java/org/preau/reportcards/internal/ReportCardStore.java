package org.preau.reportcards.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.TenantContext;
import org.preau.reportcards.CouncilDecision;
import org.preau.reportcards.Distinction;
import org.preau.school.PeriodId;
import org.preau.school.PupilId;
import org.preau.school.StaffId;
import org.preau.school.SubjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Appréciations and conseil de classe decisions of the current school. */
@Repository
public class ReportCardStore {

    private final JdbcClient jdbc;

    ReportCardStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static UUID school() {
        return TenantContext.require().value();
    }

    /** An appréciation and who wrote it. */
    public record Appreciation(String text, StaffId teacher) {
    }

    public void saveAppreciation(PeriodId period, PupilId pupil, SubjectId subject, StaffId teacher, String text) {
        if (text.isBlank()) {
            jdbc.sql("""
                            delete from subject_appreciations
                            where school_id = ? and period_id = ? and pupil_id = ? and subject_id = ?""")
                    .param(school()).param(period.value()).param(pupil.value()).param(subject.value()).update();
            return;
        }
        jdbc.sql("""
                        insert into subject_appreciations (school_id, period_id, pupil_id, subject_id, teacher_id, text)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (school_id, period_id, pupil_id, subject_id)
                        do update set teacher_id = excluded.teacher_id, text = excluded.text, updated_at = now()""")
                .param(school()).param(period.value()).param(pupil.value()).param(subject.value())
                .param(teacher.value()).param(text.strip()).update();
    }

    public Map<SubjectId, Appreciation> appreciations(PeriodId period, PupilId pupil) {
        Map<SubjectId, Appreciation> result = new HashMap<>();
        jdbc.sql("""
                        select subject_id, teacher_id, text from subject_appreciations
                        where school_id = ? and period_id = ? and pupil_id = ?""")
                .param(school()).param(period.value()).param(pupil.value())
                .query(rs -> {
                    result.put(new SubjectId(rs.getObject("subject_id", UUID.class)),
                            new Appreciation(rs.getString("text"), new StaffId(rs.getObject("teacher_id", UUID.class))));
                });
        return result;
    }

    public void saveCouncil(PeriodId period, PupilId pupil, CouncilDecision decision, @Nullable StaffId decidedBy) {
        jdbc.sql("""
                        insert into council_decisions (school_id, period_id, pupil_id, general_appreciation, distinction,
                                                       work_warning, conduct_warning, decided_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (school_id, period_id, pupil_id)
                        do update set general_appreciation = excluded.general_appreciation,
                                      distinction = excluded.distinction, work_warning = excluded.work_warning,
                                      conduct_warning = excluded.conduct_warning, decided_by = excluded.decided_by,
                                      updated_at = now()""")
                .param(school()).param(period.value()).param(pupil.value())
                .param(blankToNull(decision.generalAppreciation()))
                .param(decision.distinction() == null ? null : decision.distinction().name())
                .param(decision.workWarning()).param(decision.conductWarning())
                .param(decidedBy == null ? null : decidedBy.value())
                .update();
    }

    public Optional<CouncilDecision> council(PeriodId period, PupilId pupil) {
        return jdbc.sql("""
                        select general_appreciation, distinction, work_warning, conduct_warning from council_decisions
                        where school_id = ? and period_id = ? and pupil_id = ?""")
                .param(school()).param(period.value()).param(pupil.value())
                .query((rs, i) -> {
                    String distinction = rs.getString("distinction");
                    return new CouncilDecision(rs.getString("general_appreciation"),
                            distinction == null ? null : Distinction.valueOf(distinction),
                            rs.getBoolean("work_warning"), rs.getBoolean("conduct_warning"));
                })
                .optional();
    }

    /** The school's name and UAI, and the name of the current school year (global table: read by school id). */
    public record SchoolHeader(String name, String uai) {
    }

    public SchoolHeader header() {
        return jdbc.sql("select name, uai from schools where school_id = ?").param(school())
                .query((rs, i) -> new SchoolHeader(rs.getString("name"), rs.getString("uai"))).single();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
