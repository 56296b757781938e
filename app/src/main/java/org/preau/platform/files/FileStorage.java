package org.preau.platform.files;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where uploaded files (hand-ins, justifications, documents) live: a local folder by default, S3-compatible
 * object storage in a cluster. Never in the database. A file is durably stored when {@link #store} returns, so
 * callers acknowledge an upload only after it.
 */
public interface FileStorage {

    /** Stores the bytes under a new key, scoped to a school; the stream is read to its end. */
    StoredFile store(String schoolId, InputStream content) throws IOException;

    /** Opens a stored file; throws {@link java.io.FileNotFoundException} if the key is unknown. */
    InputStream open(String key) throws IOException;

    void delete(String key) throws IOException;
}
