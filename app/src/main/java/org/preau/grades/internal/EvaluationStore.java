package org.preau.grades.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.grades.CompetenceLevel;
import org.preau.grades.CompetenceView;
import org.preau.grades.EvaluationId;
import org.preau.grades.EvaluationView;
import org.preau.grades.MarkValue;
import org.preau.grades.SocleComponent;
import org.preau.grades.SpecialMark;
import org.preau.platform.TenantContext;
import org.preau.school.DivisionId;
import org.preau.school.GroupId;
import org.preau.school.PeriodId;
import org.preau.school.PupilId;
import org.preau.school.StaffId;
import org.preau.school.SubjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Evaluations and marks of the current school, in SQL (read models join the school's names). */
@Repository
public class EvaluationStore {

    private static final String VIEW = """
            select e.id, e.title, e.held_on, e.teacher_id, e.subject_id, s.name as subject_name, e.division_id,
                   e.group_id, coalesce(d.name, g.name) as target_name, e.period_id, e.scale, e.coefficient,
                   e.published_at, e.component
            from evaluations e
            join subjects s on s.school_id = e.school_id and s.id = e.subject_id
            left join divisions d on d.school_id = e.school_id and d.id = e.division_id
            left join groups g on g.school_id = e.school_id and g.id = e.group_id
            """;

    private final JdbcClient jdbc;

    EvaluationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static UUID school() {
        return TenantContext.require().value();
    }

    /** Inserted evaluation row. */
    public record NewRow(UUID id, StaffId teacher, SubjectId subject, @Nullable DivisionId division,
                         @Nullable GroupId group, PeriodId period, String title, LocalDate heldOn, BigDecimal scale,
                         BigDecimal coefficient, Instant publishedAt, @Nullable SocleComponent component) {
    }

    public void insert(NewRow row) {
        jdbc.sql("""
                        insert into evaluations (school_id, id, teacher_id, subject_id, division_id, group_id, period_id,
                                                 title, held_on, scale, coefficient, published_at, component)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .param(school()).param(row.id()).param(row.teacher().value()).param(row.subject().value())
                .param(row.division() == null ? null : row.division().value())
                .param(row.group() == null ? null : row.group().value())
                .param(row.period().value()).param(row.title()).param(row.heldOn()).param(row.scale())
                .param(row.coefficient()).param(OffsetDateTime.ofInstant(row.publishedAt(), ZoneOffset.UTC))
                .param(row.component() == null ? null : row.component().name())
                .update();
    }

    public Optional<EvaluationView> find(EvaluationId id) {
        return jdbc.sql(VIEW + " where e.school_id = ? and e.id = ?").param(school()).param(id.value())
                .query(EvaluationStore::view).optional();
    }

    public List<EvaluationView> byTeacher(StaffId teacher) {
        return jdbc.sql(VIEW + " where e.school_id = ? and e.teacher_id = ? order by e.held_on desc, e.title")
                .param(school()).param(teacher.value()).query(EvaluationStore::view).list();
    }

    public List<EvaluationView> byDivision(DivisionId division, PeriodId period) {
        return jdbc.sql(VIEW + " where e.school_id = ? and e.division_id = ? and e.period_id = ? order by e.held_on")
                .param(school()).param(division.value()).param(period.value()).query(EvaluationStore::view).list();
    }

    public Map<PupilId, MarkValue> marksOf(EvaluationId evaluation) {
        Map<PupilId, MarkValue> marks = new LinkedHashMap<>();
        jdbc.sql("select pupil_id, score, special from marks where school_id = ? and evaluation_id = ?")
                .param(school()).param(evaluation.value())
                .query(rs -> {
                    marks.put(new PupilId(rs.getObject("pupil_id", UUID.class)), markValue(rs));
                });
        return marks;
    }

    public void saveMark(EvaluationId evaluation, PupilId pupil, MarkValue mark) {
        jdbc.sql("""
                        insert into marks (school_id, evaluation_id, pupil_id, score, special, updated_at)
                        values (?, ?, ?, ?, ?, now())
                        on conflict (school_id, evaluation_id, pupil_id)
                        do update set score = excluded.score, special = excluded.special, updated_at = now()""")
                .param(school()).param(evaluation.value()).param(pupil.value()).param(mark.score())
                .param(mark.special() == null ? null : mark.special().name())
                .update();
    }

    public void deleteMark(EvaluationId evaluation, PupilId pupil) {
        jdbc.sql("delete from marks where school_id = ? and evaluation_id = ? and pupil_id = ?")
                .param(school()).param(evaluation.value()).param(pupil.value()).update();
    }

    /** One mark of a pupil with what its average needs. */
    public record PupilMark(EvaluationId evaluation, SubjectId subject, String subjectName, String title,
                            LocalDate heldOn, BigDecimal scale, BigDecimal coefficient, MarkValue mark) {
    }

    /**
     * The pupil's marks in the period, by subject name then date; with {@code publishedBy} set, only the marks of
     * evaluations published at that instant (the embargo for parents and pupils).
     */
    public List<PupilMark> marksOfPupil(PupilId pupil, PeriodId period, @Nullable Instant publishedBy) {
        return marksOfPupils(List.of(pupil), period, publishedBy).getOrDefault(pupil, List.of());
    }

    /** {@link #marksOfPupil} for several pupils in one query (a whole class for its report cards). */
    public Map<PupilId, List<PupilMark>> marksOfPupils(List<PupilId> pupils, PeriodId period,
                                                       @Nullable Instant publishedBy) {
        Map<PupilId, List<PupilMark>> result = new LinkedHashMap<>();
        if (pupils.isEmpty()) {
            return result;
        }
        String embargo = publishedBy == null ? "" : " and e.published_at <= :publishedBy";
        var spec = jdbc.sql("""
                        select m.pupil_id, e.id, e.subject_id, s.name as subject_name, e.title, e.held_on, e.scale,
                               e.coefficient, m.score, m.special
                        from marks m
                        join evaluations e on e.school_id = m.school_id and e.id = m.evaluation_id
                        join subjects s on s.school_id = e.school_id and s.id = e.subject_id
                        where m.school_id = :school and m.pupil_id in (:pupils) and e.period_id = :period""" + embargo
                        + " order by s.name, e.held_on, e.title, e.id")
                .param("school", school()).param("pupils", pupils.stream().map(PupilId::value).toList())
                .param("period", period.value());
        if (publishedBy != null) {
            spec = spec.param("publishedBy", OffsetDateTime.ofInstant(publishedBy, ZoneOffset.UTC));
        }
        spec.query(rs -> {
            result.computeIfAbsent(new PupilId(rs.getObject("pupil_id", UUID.class)), p -> new java.util.ArrayList<>())
                    .add(new PupilMark(new EvaluationId(rs.getObject("id", UUID.class)),
                            new SubjectId(rs.getObject("subject_id", UUID.class)), rs.getString("subject_name"),
                            rs.getString("title"), rs.getObject("held_on", LocalDate.class),
                            plain(rs.getBigDecimal("scale")), plain(rs.getBigDecimal("coefficient")), markValue(rs)));
        });
        return result;
    }

    /** The socle levels recorded within an evaluation, by pupil. */
    public Map<PupilId, CompetenceLevel> levelsOf(EvaluationId evaluation) {
        Map<PupilId, CompetenceLevel> levels = new LinkedHashMap<>();
        jdbc.sql("select pupil_id, level from competence_assessments where school_id = ? and evaluation_id = ?")
                .param(school()).param(evaluation.value())
                .query(rs -> {
                    levels.put(new PupilId(rs.getObject("pupil_id", UUID.class)),
                            CompetenceLevel.ofPoints(rs.getInt("level")));
                });
        return levels;
    }

    /** Records (or with a null level, removes) a pupil's level on the evaluation's socle component. */
    public void saveLevel(EvaluationView evaluation, PupilId pupil, @Nullable CompetenceLevel level) {
        if (level == null || evaluation.component() == null) {
            jdbc.sql("delete from competence_assessments where school_id = ? and evaluation_id = ? and pupil_id = ?")
                    .param(school()).param(evaluation.id().value()).param(pupil.value()).update();
            return;
        }
        jdbc.sql("""
                        insert into competence_assessments (school_id, id, pupil_id, component, level, evaluation_id,
                                                            subject_id, teacher_id, period_id, assessed_on)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (school_id, evaluation_id, pupil_id, component) do update set level = excluded.level""")
                .param(school()).param(org.preau.platform.Ids.newId()).param(pupil.value())
                .param(evaluation.component().name()).param(level.points()).param(evaluation.id().value())
                .param(evaluation.subjectId().value()).param(evaluation.teacherId().value())
                .param(evaluation.periodId().value()).param(evaluation.heldOn())
                .update();
    }

    /**
     * A pupil's socle assessments over a period, by component then date; with {@code publishedBy} set, only those
     * published by then (the evaluation's publication time, or the assessment's own when made on its own).
     */
    public List<CompetenceView> competencesOf(PupilId pupil, PeriodId period, @Nullable Instant publishedBy) {
        String embargo = publishedBy == null ? "" : " " + """
                 and ((c.evaluation_id is null and coalesce(c.published_at <= :publishedBy, true))
                      or exists (select 1 from evaluations e where e.school_id = c.school_id
                                 and e.id = c.evaluation_id and e.published_at <= :publishedBy))""";
        var spec = jdbc.sql("""
                        select c.component, c.level, c.subject_id, s.name as subject_name, c.evaluation_id,
                               c.assessed_on
                        from competence_assessments c
                        join subjects s on s.school_id = c.school_id and s.id = c.subject_id
                        where c.school_id = :school and c.pupil_id = :pupil and c.period_id = :period""" + embargo
                        + " order by c.component, c.assessed_on, s.name")
                .param("school", school()).param("pupil", pupil.value()).param("period", period.value());
        if (publishedBy != null) {
            spec = spec.param("publishedBy", OffsetDateTime.ofInstant(publishedBy, ZoneOffset.UTC));
        }
        return spec.query((rs, i) -> {
            UUID evaluation = rs.getObject("evaluation_id", UUID.class);
            return new CompetenceView(SocleComponent.valueOf(rs.getString("component")),
                    CompetenceLevel.ofPoints(rs.getInt("level")), new SubjectId(rs.getObject("subject_id", UUID.class)),
                    rs.getString("subject_name"), evaluation == null ? null : new EvaluationId(evaluation),
                    rs.getObject("assessed_on", LocalDate.class));
        }).list();
    }

    /** 20.00 → 20, 12.50 → 12.5 (never 2E+1). */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static MarkValue markValue(ResultSet rs) throws SQLException {
        BigDecimal score = rs.getBigDecimal("score");
        String special = rs.getString("special");
        return score != null ? MarkValue.of(plain(score)) : MarkValue.of(SpecialMark.valueOf(special));
    }

    private static EvaluationView view(ResultSet rs, int row) throws SQLException {
        UUID division = rs.getObject("division_id", UUID.class);
        UUID group = rs.getObject("group_id", UUID.class);
        Timestamp published = rs.getTimestamp("published_at");
        return new EvaluationView(new EvaluationId(rs.getObject("id", UUID.class)), rs.getString("title"),
                rs.getObject("held_on", LocalDate.class), new StaffId(rs.getObject("teacher_id", UUID.class)),
                new SubjectId(rs.getObject("subject_id", UUID.class)), rs.getString("subject_name"),
                division == null ? null : new DivisionId(division), group == null ? null : new GroupId(group),
                rs.getString("target_name"), new PeriodId(rs.getObject("period_id", UUID.class)),
                plain(rs.getBigDecimal("scale")), plain(rs.getBigDecimal("coefficient")),
                published.toInstant(), rs.getString("component") == null ? null
                        : SocleComponent.valueOf(rs.getString("component")));
    }
}
