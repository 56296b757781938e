package org.preau.engine.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs FET's command line ({@code fet-cl}, Debian package {@code fet}); a missing fet-cl fails with the fix, never skips. */
public final class FetCl {

    private FetCl() {
    }

    /** Runs fet-cl on {@code file} and returns its console output followed by its logs. */
    public static String run(Path file, Path outputDir, int timeLimitSeconds) throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of("/usr/bin/fet-cl"))) {
            throw new IllegalStateException("fet-cl is not installed: run `apt-get update; apt-get install -y fet fet-data` "
                    + "(CI's .ci/run installs it)");
        }
        Files.createDirectories(outputDir);
        Path console = outputDir.resolve("console.txt");
        Process p = new ProcessBuilder("/usr/bin/fet-cl", "--inputfile=" + file, "--outputdir=" + outputDir,
                "--timelimitseconds=" + timeLimitSeconds, "--writetimetablesdayshorizontal=false",
                "--writetimetablesdaysvertical=false", "--writetimetablestimehorizontal=false",
                "--writetimetablestimevertical=false")
                .redirectErrorStream(true).redirectOutput(console.toFile()).start();
        if (!p.waitFor(timeLimitSeconds + 60L, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("fet-cl did not stop after its time limit");
        }
        StringBuilder all = new StringBuilder(Files.readString(console));
        Path logs = outputDir.resolve("logs");
        if (Files.isDirectory(logs)) {
            try (var files = Files.list(logs)) {
                for (Path log : files.sorted().toList()) {
                    all.append('\n').append(Files.readString(log));
                }
            }
        }
        return all.toString();
    }
}
