package org.preau.attendance.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.Ids;
import org.preau.platform.TenantContext;
import org.preau.platform.files.FileStorage;
import org.preau.platform.files.StoredFile;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Supporting documents of justifications (a doctor's note): PDF, JPEG or PNG up to {@value #MAX_BYTES} bytes,
 * recognised by their content, not by what the browser claims. Kept by {@link FileStorage}.
 */
@Component
public class JustificationDocuments {

    public static final long MAX_BYTES = 5L * 1024 * 1024;

    /** A file as received. */
    public record Upload(String originalName, long size, InputStream content) {
    }

    /** A stored document of an absence. */
    public record Document(UUID id, UUID absenceId, String originalName, String contentType, long size,
                           String storageKey) {
    }

    private enum Type {
        PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
        PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
        JPEG("image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});

        final String contentType;
        final byte[] magic;

        Type(String contentType, byte[] magic) {
            this.contentType = contentType;
            this.magic = magic;
        }
    }

    private final FileStorage storage;
    private final JdbcClient jdbc;

    JustificationDocuments(FileStorage storage, JdbcClient jdbc) {
        this.storage = storage;
        this.jdbc = jdbc;
    }

    /**
     * Checks and stores the file durably, then records it with the absence (in the caller's transaction). If
     * recording fails the caller's transaction rolls back and the stored file is an orphan, never a lost upload.
     */
    public Document attach(UUID absenceId, Upload upload, UUID uploadedBy) {
        if (upload.size() > MAX_BYTES) {
            throw new AttendanceRejected(HttpStatus.CONTENT_TOO_LARGE, "justify.error.size", "File too large");
        }
        try (InputStream in = new BufferedInputStream(upload.content())) {
            in.mark(16);
            byte[] head = in.readNBytes(16);
            in.reset();
            Type type = typeOf(head).orElseThrow(() -> new AttendanceRejected(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "justify.error.type", "Only PDF, JPEG or PNG files are accepted"));
            StoredFile stored = storage.store(TenantContext.require().toString(), in);
            if (stored.size() > MAX_BYTES) {
                storage.delete(stored.key());
                throw new AttendanceRejected(HttpStatus.CONTENT_TOO_LARGE, "justify.error.size", "File too large");
            }
            Document document = new Document(Ids.newId(), absenceId, cleanName(upload.originalName()),
                    type.contentType, stored.size(), stored.key());
            jdbc.sql("""
                            insert into absence_documents (school_id, id, absence_id, storage_key, original_name,
                                                           content_type, size_bytes, sha256, uploaded_by, uploaded_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .param(TenantContext.require().value()).param(document.id()).param(absenceId)
                    .param(stored.key()).param(document.originalName()).param(document.contentType())
                    .param(stored.size()).param(stored.sha256()).param(uploadedBy)
                    .param(AbsenceBook.utc(Instant.now())).update();
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the justification", e);
        }
    }

    public List<Document> of(UUID absenceId) {
        return jdbc.sql("""
                        select id, absence_id, original_name, content_type, size_bytes, storage_key
                        from absence_documents where school_id = ? and absence_id = ? order by uploaded_at""")
                .param(TenantContext.require().value()).param(absenceId)
                .query((rs, i) -> new Document(rs.getObject("id", UUID.class), rs.getObject("absence_id", UUID.class),
                        rs.getString("original_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                        rs.getString("storage_key")))
                .list();
    }

    public InputStream open(Document document) throws IOException {
        return storage.open(document.storageKey());
    }

    private static Optional<Type> typeOf(byte[] head) {
        return Arrays.stream(Type.values())
                .filter(t -> head.length >= t.magic.length
                        && Arrays.equals(Arrays.copyOf(head, t.magic.length), t.magic))
                .findFirst();
    }

    private static String cleanName(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return "justificatif";
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "");
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }
}
