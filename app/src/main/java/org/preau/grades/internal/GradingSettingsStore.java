package org.preau.grades.internal;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.preau.grades.PublicationRule;
import org.preau.platform.TenantContext;
import org.preau.school.SubjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The current school's grading settings: default publication rule and subject coefficients. */
@Repository
public class GradingSettingsStore {

    private final JdbcClient jdbc;

    GradingSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static UUID school() {
        return TenantContext.require().value();
    }

    /** The school's rule, or {@link PublicationRule#DEFAULT} when it never chose one. */
    public PublicationRule publicationRule() {
        return jdbc.sql("select publication_days, publication_time from grading_settings where school_id = ?")
                .param(school())
                .query((rs, i) -> new PublicationRule(rs.getInt(1), rs.getObject(2, LocalTime.class)))
                .optional().orElse(PublicationRule.DEFAULT);
    }

    public void savePublicationRule(PublicationRule rule) {
        jdbc.sql("""
                        insert into grading_settings (school_id, publication_days, publication_time, updated_at)
                        values (?, ?, ?, now())
                        on conflict (school_id) do update set publication_days = excluded.publication_days,
                            publication_time = excluded.publication_time, updated_at = now()""")
                .param(school()).param(rule.daysAfter()).param(rule.at()).update();
    }

    /** The coefficients direction set; subjects not in the map count 1. */
    public Map<SubjectId, BigDecimal> subjectCoefficients() {
        Map<SubjectId, BigDecimal> result = new HashMap<>();
        jdbc.sql("select subject_id, coefficient from subject_coefficients where school_id = ?").param(school())
                .query(rs -> {
                    result.put(new SubjectId(rs.getObject(1, UUID.class)), EvaluationStore.plain(rs.getBigDecimal(2)));
                });
        return result;
    }

    /** Sets a subject's coefficient; 1 (the default) removes the row. */
    public void saveSubjectCoefficient(SubjectId subject, BigDecimal coefficient) {
        if (coefficient.compareTo(BigDecimal.ONE) == 0) {
            jdbc.sql("delete from subject_coefficients where school_id = ? and subject_id = ?")
                    .param(school()).param(subject.value()).update();
            return;
        }
        jdbc.sql("""
                        insert into subject_coefficients (school_id, subject_id, coefficient, updated_at)
                        values (?, ?, ?, now())
                        on conflict (school_id, subject_id) do update set coefficient = excluded.coefficient,
                            updated_at = now()""")
                .param(school()).param(subject.value()).param(coefficient).update();
    }
}
