package org.preau.homework.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.homework.CorrectionId;
import org.preau.homework.CorrectionView;
import org.preau.homework.FileView;
import org.preau.homework.HomeworkId;
import org.preau.platform.Ids;
import org.preau.platform.TenantContext;
import org.preau.platform.files.StoredFile;
import org.preau.school.PupilId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Teachers' returns of hand-ins; a new return is a new row, the latest one is what the pupil sees. */
@Repository
public class Corrections {

    public record Stored(HomeworkId homework, PupilId pupil, CorrectionView view, @Nullable String key) {
    }

    /** The corrected file of a return, once stored. */
    public record CorrectedFile(StoredFile stored, String fileName, String contentType) {
    }

    private static final String COLUMNS = """
            id, homework_id, pupil_id, mark, comment, file_key, file_name, content_type, size_bytes, returned_at
            from homework_returns
            """;

    private final JdbcClient jdbc;

    Corrections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static UUID school() {
        return TenantContext.require().value();
    }

    public CorrectionId insert(HomeworkId homework, PupilId pupil, @Nullable BigDecimal mark, String comment,
                               @Nullable CorrectedFile file, UUID returnedBy) {
        UUID id = Ids.newId();
        jdbc.sql("""
                        insert into homework_returns (school_id, id, homework_id, pupil_id, mark, comment, file_key,
                            file_name, content_type, size_bytes, returned_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .param(school()).param(id).param(homework.value()).param(pupil.value()).param(mark).param(comment)
                .param(file == null ? null : file.stored().key()).param(file == null ? null : file.fileName())
                .param(file == null ? null : file.contentType()).param(file == null ? null : file.stored().size())
                .param(returnedBy)
                .update();
        return new CorrectionId(id);
    }

    public Optional<Stored> find(CorrectionId id) {
        return jdbc.sql("select " + COLUMNS + " where school_id = ? and id = ?")
                .param(school()).param(id.value())
                .query(Corrections::stored).optional();
    }

    /** The latest return to each pupil for a homework. */
    public Map<PupilId, CorrectionView> latestOf(HomeworkId homework) {
        Map<PupilId, CorrectionView> latest = new HashMap<>();
        jdbc.sql("select distinct on (pupil_id) " + COLUMNS
                        + " where school_id = ? and homework_id = ? order by pupil_id, returned_at desc, id desc")
                .param(school()).param(homework.value())
                .query(Corrections::stored).list()
                .forEach(s -> latest.put(s.pupil(), s.view()));
        return latest;
    }

    /** The latest return to a pupil for each of some homework. */
    public Map<HomeworkId, CorrectionView> latestFor(PupilId pupil, Collection<HomeworkId> homework) {
        Map<HomeworkId, CorrectionView> latest = new HashMap<>();
        if (homework.isEmpty()) {
            return latest;
        }
        jdbc.sql("select distinct on (homework_id) " + COLUMNS + """
                         where school_id = :school and pupil_id = :pupil and homework_id in (:homework)
                         order by homework_id, returned_at desc, id desc""")
                .param("school", school()).param("pupil", pupil.value())
                .param("homework", homework.stream().map(HomeworkId::value).toList())
                .query(Corrections::stored).list()
                .forEach(s -> latest.put(s.homework(), s.view()));
        return latest;
    }

    private static Stored stored(ResultSet rs, int i) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String key = rs.getString("file_key");
        FileView file = key == null ? null
                : new FileView(id, rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"));
        CorrectionView view = new CorrectionView(new CorrectionId(id), rs.getBigDecimal("mark"),
                rs.getString("comment"), file, rs.getTimestamp("returned_at").toInstant());
        return new Stored(new HomeworkId(rs.getObject("homework_id", UUID.class)),
                new PupilId(rs.getObject("pupil_id", UUID.class)), view, key);
    }
}
