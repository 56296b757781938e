package org.preau.engine.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * FET's own example files, from the Debian package {@code fet-data} (CI installs it). A missing package fails
 * the test with the command that fixes it, rather than skipping silently.
 */
public final class FetExamples {

    public static final Path ROOT = Path.of("/usr/share/doc/fet-data/examples");

    private FetExamples() {
    }

    public static Path file(String relative) {
        Path file = ROOT.resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing: install FET's examples with "
                    + "`apt-get install -y fet fet-data` (CI's .ci/run does)");
        }
        return file;
    }
}
