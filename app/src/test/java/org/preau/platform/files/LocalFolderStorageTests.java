package org.preau.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFolderStorageTests {

    @TempDir
    Path root;

    private final String school = UUID.randomUUID().toString();

    @Test
    void storedFileReadsBackWithItsSizeAndChecksum() throws Exception {
        LocalFolderStorage storage = new LocalFolderStorage(root.toString());
        byte[] bytes = "copie de Léa".getBytes(StandardCharsets.UTF_8);

        StoredFile stored = storage.store(school, new ByteArrayInputStream(bytes));

        assertThat(stored.size()).isEqualTo(bytes.length);
        assertThat(stored.sha256()).hasSize(64);
        try (var in = storage.open(stored.key())) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
    }

    @Test
    void noPartialFileIsLeftBehindAfterAStore() throws Exception {
        LocalFolderStorage storage = new LocalFolderStorage(root.toString());
        storage.store(school, new ByteArrayInputStream(new byte[1024]));

        try (var files = Files.walk(root)) {
            assertThat(files.filter(p -> p.toString().endsWith(".part"))).isEmpty();
        }
    }

    @Test
    void keysCannotEscapeTheStorageFolder() {
        LocalFolderStorage storage = new LocalFolderStorage(root.toString());

        assertThatThrownBy(() -> storage.open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.store("../x", new ByteArrayInputStream(new byte[1])))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deletedFileIsGone() throws Exception {
        LocalFolderStorage storage = new LocalFolderStorage(root.toString());
        StoredFile stored = storage.store(school, new ByteArrayInputStream(new byte[] {1, 2, 3}));

        storage.delete(stored.key());

        assertThatThrownBy(() -> storage.open(stored.key())).isInstanceOf(FileNotFoundException.class);
    }
}
