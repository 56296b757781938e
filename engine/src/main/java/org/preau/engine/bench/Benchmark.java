package org.preau.engine.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.preau.engine.check.CheckReport;
import org.preau.engine.check.TimetableChecker;
import org.preau.engine.generate.SchoolGenerator;
import org.preau.engine.io.fet.FetExporter;
import org.preau.engine.io.fet.FetImporter;
import org.preau.engine.io.fet.FetTimetableReader;
import org.preau.engine.model.TimetableProblem;
import org.preau.engine.solve.SolveOptions;
import org.preau.engine.solve.SolveResult;
import org.preau.engine.solve.TimetableSolver;

/**
 * Préau against FET, one after the other, on the same {@code .fet} files with the same time limit; then each Préau
 * timetable is re-checked by FET (every activity pinned at 100%) and by the independent checker. Inputs are
 * {@code .fet} files or generated schools written {@code college:650} / {@code lycee:1500} (exported to FET 6 files
 * first, so both engines solve exactly the same problem). Run by {@code bin/preau-bench}; prints a Markdown table.
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        int limit = 60;
        long seed = 0;
        List<String> inputs = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--time-limit=")) {
                limit = Integer.parseInt(arg.substring("--time-limit=".length()));
            } else if (arg.startsWith("--seed=")) {
                seed = Long.parseLong(arg.substring("--seed=".length()));
            } else {
                inputs.add(arg);
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path work = Files.createTempDirectory("preau-bench-");
        boolean fet = FetCommandLine.installed();
        out.println("# Préau vs FET, time limit " + limit + " s each, one after the other, Préau's seed " + seed
                + "; work files in " + work);
        if (!fet) {
            out.println("fet-cl not found: FET columns are empty (apt-get install -y fet)");
        }
        List<BenchRow> rows = new ArrayList<>();
        out.println(BenchRow.HEADER);
        for (String input : inputs) {
            BenchRow row = run(input, limit, seed, work, fet);
            rows.add(row);
            out.println(row.markdown());
        }
        out.println();
        out.println("FET-verified: Préau's timetable pinned into a copy of the file (100%, locked) with the soft constraints made"
                + " inactive, then fet-cl must succeed. Soft conflicts in FET units (sum of weight/100): \"FET\" as FET's own report"
                + " (for Préau: FET's report on the pinned file with its soft constraints, when FET finishes it in the limit),"
                + " \"checker\" as Préau's independent checker counts them. check (hard) = hard violations found by the checker."
                + " Préau s = seconds to the first feasible timetable.");
    }

    static BenchRow run(String input, int limit, long seed, Path work, boolean fet) throws Exception {
        String name;
        Path file;
        if (input.matches("(college|lycee):\\d+")) {
            String[] parts = input.split(":");
            name = parts[0] + "-" + parts[1];
            TimetableProblem generated = SchoolGenerator.generate(SchoolGenerator.Kind.valueOf(parts[0].toUpperCase(Locale.ROOT)),
                    Integer.parseInt(parts[1]), 1);
            file = work.resolve(name + ".fet");
            Files.writeString(file, FetExporter.export(generated).xml(), StandardCharsets.UTF_8);
        } else {
            file = Path.of(input);
            name = file.getFileName().toString().replaceFirst("\\.fet$", "");
        }
        BenchRow row = new BenchRow(name);
        TimetableProblem problem;
        try {
            problem = FetImporter.read(file).problem();
            row.activities = problem.lessons().size();
        } catch (RuntimeException e) {
            row.preau = "cannot import: " + e.getMessage().replaceAll("\\s+", " ");
            problem = null;
        }
        if (fet) {
            FetRun run = FetCommandLine.run(file, work.resolve("fet-" + name), limit);
            row.fet = run.solved() ? "solved" : "not solved";
            row.fetSeconds = run.seconds();
            row.fetSoft = run.softConflicts();
        }
        if (problem != null) {
            SolveResult result = TimetableSolver.solve(problem, SolveOptions.of(Duration.ofSeconds(limit)).withSeed(seed));
            row.preau = result.isComplete() ? "feasible" : result.hardViolations() + " hard left";
            row.preauSeconds = result.isComplete() ? result.secondsToFeasible() : null;
            CheckReport check = TimetableChecker.check(result.timetable());
            row.checkerHard = check.hardCount();
            if (fet && !result.isComplete()) {
                row.verified = "no (infeasible)";
            } else if (fet) {
                String original = Files.readString(file, StandardCharsets.UTF_8);
                Path pinned = work.resolve("pinned-" + name + ".fet");
                Files.writeString(pinned, FetPinning.hardOnly(FetPinning.pin(original, result.timetable())), StandardCharsets.UTF_8);
                FetRun verify = FetCommandLine.run(pinned, work.resolve("verify-" + name), limit);
                row.verified = verify.solved() ? "yes" : "no";
                if (verify.solved()) {
                    Path withSoft = work.resolve("pinned-soft-" + name + ".fet");
                    Files.writeString(withSoft, FetPinning.pin(original, result.timetable()), StandardCharsets.UTF_8);
                    row.preauSoft = FetCommandLine.run(withSoft, work.resolve("verify-soft-" + name), Math.min(limit, 30)).softConflicts();
                }
            }
            row.preauSoftChecker = check.softPenalty() / 100;
        }
        if (problem != null && fet && "solved".equals(row.fet)) {
            Path fetTimetable = work.resolve("fet-" + name).resolve("timetables").resolve(name).resolve(name + "_activities.xml");
            if (Files.isRegularFile(fetTimetable)) {
                row.fetSoftChecker = TimetableChecker.check(FetTimetableReader.read(fetTimetable, problem)).softPenalty() / 100;
            }
        }
        return row;
    }
}
