package org.preau.engine.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs {@code fet-cl} on a file with a time limit and reads its verdict and its soft-conflicts report. */
final class FetCommandLine {

    private static final Pattern SOFT = Pattern.compile("Total soft conflicts:\\s*([0-9.]+)");

    private FetCommandLine() {
    }

    static boolean installed() {
        try {
            Process p = new ProcessBuilder("fet-cl", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static FetRun run(Path file, Path outputDir, int timeLimitSeconds) throws IOException, InterruptedException {
        Files.createDirectories(outputDir);
        Path console = outputDir.resolve("console.txt");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(List.of("fet-cl", "--inputfile=" + file, "--outputdir=" + outputDir,
                "--timelimitseconds=" + timeLimitSeconds, "--htmllevel=0",
                "--writetimetablesdayshorizontal=false", "--writetimetablesdaysvertical=false",
                "--writetimetablestimehorizontal=false", "--writetimetablestimevertical=false"))
                .redirectErrorStream(true).redirectOutput(console.toFile()).start();
        if (!p.waitFor(timeLimitSeconds + 120L, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String out = Files.readString(console);
        boolean solved = out.contains("Simulation successful");
        String name = file.getFileName().toString().replaceFirst("\\.fet$", "");
        Path conflicts = outputDir.resolve("timetables").resolve(name).resolve(name + "_soft_conflicts.txt");
        Double soft = null;
        if (solved && Files.isRegularFile(conflicts)) {
            Matcher m = SOFT.matcher(Files.readString(conflicts));
            soft = m.find() ? Double.parseDouble(m.group(1)) : null;
        }
        String[] lines = out.strip().split("\\R");
        return new FetRun(solved, seconds, soft, lines.length == 0 ? "" : lines[lines.length - 1]);
    }
}
