package org.preau.homework.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Function;

import org.preau.homework.UploadedFile;
import org.preau.platform.TenantContext;
import org.preau.platform.files.FileStorage;
import org.preau.platform.files.StoredFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Stores an uploaded file durably, then records it: if recording fails the stored file is deleted again, so a
 * failed upload leaves neither a row nor an orphan file, and a row never points to a file that is not there.
 */
@Component
public class FileKeeper {

    private static final Logger log = LoggerFactory.getLogger(FileKeeper.class);

    private final FileStorage storage;

    FileKeeper(FileStorage storage) {
        this.storage = storage;
    }

    public <T> T storeThenRecord(UploadedFile file, Function<StoredFile, T> record) {
        StoredFile stored;
        try (InputStream in = file.content().getInputStream()) {
            stored = storage.store(TenantContext.require().toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store " + file.fileName(), e);
        }
        try {
            return record.apply(stored);
        } catch (RuntimeException | Error e) {
            deleteQuietly(stored.key());
            throw e;
        }
    }

    public InputStream open(String key) throws IOException {
        return storage.open(key);
    }

    private void deleteQuietly(String key) {
        try {
            storage.delete(key);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not delete the file {} of a failed upload", key, e);
        }
    }
}
