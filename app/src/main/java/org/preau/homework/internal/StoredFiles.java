package org.preau.homework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import org.preau.homework.FileDownload;
import org.preau.homework.FileView;

/** A file recorded in one of the module's tables: the storage key and what users see of it. */
public record StoredFiles(String key, FileView view) {

    static StoredFiles read(ResultSet rs, String idColumn) throws SQLException {
        return new StoredFiles(rs.getString("file_key"), new FileView(rs.getObject(idColumn, UUID.class),
                rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes")));
    }

    public FileDownload download(FileKeeper keeper) {
        return new FileDownload(view.fileName(), view.contentType(), view.size(), () -> keeper.open(key));
    }
}
