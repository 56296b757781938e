package org.preau.homework.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.ArrayList;

import org.preau.homework.AttachmentId;
import org.preau.homework.FileView;
import org.preau.homework.HomeworkId;
import org.preau.platform.Ids;
import org.preau.platform.TenantContext;
import org.preau.platform.files.StoredFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Files teachers join to homework. */
@Repository
public class Attachments {

    public record Found(HomeworkId homework, StoredFiles file) {
    }

    private final JdbcClient jdbc;

    Attachments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static UUID school() {
        return TenantContext.require().value();
    }

    public AttachmentId insert(HomeworkId homework, StoredFile stored, String fileName, String contentType,
                               UUID uploadedBy) {
        UUID id = Ids.newId();
        jdbc.sql("""
                        insert into homework_attachments (school_id, id, homework_id, file_key, file_name, content_type,
                            size_bytes, sha256, uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .param(school()).param(id).param(homework.value()).param(stored.key()).param(fileName)
                .param(contentType).param(stored.size()).param(stored.sha256()).param(uploadedBy)
                .update();
        return new AttachmentId(id);
    }

    public Map<HomeworkId, List<FileView>> of(Collection<HomeworkId> homework) {
        Map<HomeworkId, List<FileView>> files = new HashMap<>();
        if (homework.isEmpty()) {
            return files;
        }
        jdbc.sql("""
                        select id, homework_id, file_key, file_name, content_type, size_bytes from homework_attachments
                        where school_id = :school and homework_id in (:homework) order by uploaded_at, id""")
                .param("school", school()).param("homework", homework.stream().map(HomeworkId::value).toList())
                .query(rs -> {
                    files.computeIfAbsent(new HomeworkId(rs.getObject("homework_id", UUID.class)),
                            h -> new ArrayList<>()).add(StoredFiles.read(rs, "id").view());
                });
        return files;
    }

    public Optional<Found> find(AttachmentId id) {
        return jdbc.sql("""
                        select id, homework_id, file_key, file_name, content_type, size_bytes from homework_attachments
                        where school_id = ? and id = ?""")
                .param(school()).param(id.value())
                .query((rs, i) -> new Found(new HomeworkId(rs.getObject("homework_id", UUID.class)),
                        StoredFiles.read(rs, "id")))
                .optional();
    }
}
