package org.preau.homework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.homework.HomeworkId;
import org.preau.homework.SubmissionId;
import org.preau.homework.SubmissionVersion;
import org.preau.platform.Ids;
import org.preau.platform.TenantContext;
import org.preau.platform.files.StoredFile;
import org.preau.school.PupilId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Pupils' hand-ins: one row per uploaded version, never updated nor deleted. */
@Repository
public class Submissions {

    /** A version with its storage key and whose it is. */
    public record Stored(HomeworkId homework, PupilId pupil, SubmissionVersion version, String key) {
    }

    private static final String COLUMNS = """
            id, homework_id, pupil_id, version, file_key, file_name, content_type, size_bytes, submitted_at, late
            from homework_submissions
            """;

    private final JdbcClient jdbc;

    Submissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static UUID school() {
        return TenantContext.require().value();
    }

    /**
     * Records the next version of the pupil's hand-in, late when {@code deadline} has passed by the database's
     * clock. Two uploads at the same instant cannot both get a version: one fails on the unique key.
     */
    public SubmissionVersion insertNextVersion(HomeworkId homework, PupilId pupil, StoredFile stored,
                                               String fileName, String contentType, UUID submittedBy,
                                               @Nullable Instant deadline) {
        UUID id = Ids.newId();
        jdbc.sql("""
                        insert into homework_submissions (school_id, id, homework_id, pupil_id, version, file_key,
                            file_name, content_type, size_bytes, sha256, submitted_by, late)
                        select :school, :id, :homework, :pupil, coalesce(max(version), 0) + 1, :key, :name, :type,
                               :size, :sha, :by, coalesce(now() > cast(:deadline as timestamptz), false)
                        from homework_submissions
                        where school_id = :school and homework_id = :homework and pupil_id = :pupil""")
                .param("school", school()).param("id", id).param("homework", homework.value())
                .param("pupil", pupil.value()).param("key", stored.key()).param("name", fileName)
                .param("type", contentType).param("size", stored.size()).param("sha", stored.sha256())
                .param("by", submittedBy)
                .param("deadline", deadline == null ? null : java.sql.Timestamp.from(deadline))
                .update();
        return find(new SubmissionId(id)).orElseThrow().version();
    }

    /** Records a version handed in at a known time (the demo's past hand-ins). */
    public void insertAt(HomeworkId homework, PupilId pupil, int version, StoredFile stored, String fileName,
                         String contentType, UUID submittedBy, Instant submittedAt, boolean late) {
        jdbc.sql("""
                        insert into homework_submissions (school_id, id, homework_id, pupil_id, version, file_key,
                            file_name, content_type, size_bytes, sha256, submitted_by, submitted_at, late)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .param(school()).param(Ids.newId()).param(homework.value()).param(pupil.value()).param(version)
                .param(stored.key()).param(fileName).param(contentType).param(stored.size()).param(stored.sha256())
                .param(submittedBy).param(java.sql.Timestamp.from(submittedAt)).param(late)
                .update();
    }

    public Optional<Stored> find(SubmissionId id) {
        return jdbc.sql("select " + COLUMNS + " where school_id = ? and id = ?")
                .param(school()).param(id.value())
                .query(Submissions::stored).optional();
    }

    /** Every version handed in for a homework, by pupil, latest version first. */
    public Map<PupilId, List<Stored>> ofHomework(HomeworkId homework) {
        Map<PupilId, List<Stored>> byPupil = new LinkedHashMap<>();
        jdbc.sql("select " + COLUMNS + " where school_id = ? and homework_id = ? order by pupil_id, version desc")
                .param(school()).param(homework.value())
                .query(Submissions::stored).list()
                .forEach(s -> byPupil.computeIfAbsent(s.pupil(), p -> new ArrayList<>()).add(s));
        return byPupil;
    }

    /** The pupil's versions of each of some homework, latest first. */
    public Map<HomeworkId, List<SubmissionVersion>> ofPupil(PupilId pupil, Collection<HomeworkId> homework) {
        Map<HomeworkId, List<SubmissionVersion>> byHomework = new LinkedHashMap<>();
        if (homework.isEmpty()) {
            return byHomework;
        }
        jdbc.sql("select " + COLUMNS + """
                         where school_id = :school and pupil_id = :pupil and homework_id in (:homework)
                         order by homework_id, version desc""")
                .param("school", school()).param("pupil", pupil.value())
                .param("homework", homework.stream().map(HomeworkId::value).toList())
                .query(Submissions::stored).list()
                .forEach(s -> byHomework.computeIfAbsent(s.homework(), h -> new ArrayList<>()).add(s.version()));
        return byHomework;
    }

    private static Stored stored(ResultSet rs, int i) throws SQLException {
        SubmissionVersion version = new SubmissionVersion(new SubmissionId(rs.getObject("id", UUID.class)),
                rs.getInt("version"), rs.getString("file_name"), rs.getString("content_type"),
                rs.getLong("size_bytes"), rs.getTimestamp("submitted_at").toInstant(), rs.getBoolean("late"));
        return new Stored(new HomeworkId(rs.getObject("homework_id", UUID.class)),
                new PupilId(rs.getObject("pupil_id", UUID.class)), version, rs.getString("file_key"));
    }
}
