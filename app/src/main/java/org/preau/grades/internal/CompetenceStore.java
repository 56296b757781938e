package org.preau.grades.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.grades.CompetenceLevel;
import org.preau.grades.SocleComponent;
import org.preau.platform.Ids;
import org.preau.platform.TenantContext;
import org.preau.school.PeriodId;
import org.preau.school.PupilId;
import org.preau.school.StaffId;
import org.preau.school.SubjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Compétences du socle assessed on their own (no evaluation): one level per pupil, component, subject and period.
 */
@Repository
public class CompetenceStore {

    private final JdbcClient jdbc;

    CompetenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static UUID school() {
        return TenantContext.require().value();
    }

    /** The levels recorded on their own in a subject over a period, for the pupils given. */
    public Map<PupilId, Map<SocleComponent, CompetenceLevel>> levels(List<PupilId> pupils, SubjectId subject,
                                                                      PeriodId period) {
        Map<PupilId, Map<SocleComponent, CompetenceLevel>> result = new HashMap<>();
        if (pupils.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        select pupil_id, component, level from competence_assessments
                        where school_id = :school and evaluation_id is null and subject_id = :subject
                          and period_id = :period and pupil_id in (:pupils)""")
                .param("school", school()).param("subject", subject.value()).param("period", period.value())
                .param("pupils", pupils.stream().map(PupilId::value).toList())
                .query(rs -> {
                    result.computeIfAbsent(new PupilId(rs.getObject("pupil_id", UUID.class)),
                                    p -> new EnumMap<>(SocleComponent.class))
                            .put(SocleComponent.valueOf(rs.getString("component")),
                                    CompetenceLevel.ofPoints(rs.getInt("level")));
                });
        return result;
    }

    /**
     * Records a level; the first recording of a cell fixes when families see it ({@code publishedAt}), later
     * changes keep that time.
     */
    public void save(PupilId pupil, SocleComponent component, CompetenceLevel level, SubjectId subject,
                     StaffId teacher, PeriodId period, LocalDate assessedOn, Instant publishedAt) {
        jdbc.sql("""
                        insert into competence_assessments (school_id, id, pupil_id, component, level, evaluation_id,
                                                            subject_id, teacher_id, period_id, assessed_on, published_at)
                        values (?, ?, ?, ?, ?, null, ?, ?, ?, ?, ?)
                        on conflict (school_id, period_id, subject_id, pupil_id, component) where evaluation_id is null
                        do update set level = excluded.level, teacher_id = excluded.teacher_id,
                                      assessed_on = excluded.assessed_on""")
                .param(school()).param(Ids.newId()).param(pupil.value()).param(component.name())
                .param(level.points()).param(subject.value()).param(teacher.value()).param(period.value())
                .param(assessedOn).param(OffsetDateTime.ofInstant(publishedAt, ZoneOffset.UTC))
                .update();
    }

    public void delete(PupilId pupil, SocleComponent component, SubjectId subject, PeriodId period) {
        jdbc.sql("""
                        delete from competence_assessments
                        where school_id = ? and evaluation_id is null and period_id = ? and subject_id = ?
                          and pupil_id = ? and component = ?""")
                .param(school()).param(period.value()).param(subject.value()).param(pupil.value())
                .param(component.name()).update();
    }

    /** The level recorded on its own, if any (for tests and the grid's answer). */
    public @Nullable CompetenceLevel level(PupilId pupil, SocleComponent component, SubjectId subject,
                                           PeriodId period) {
        return levels(List.of(pupil), subject, period).getOrDefault(pupil, Map.of()).get(component);
    }
}
