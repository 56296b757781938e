package org.preau.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.preau.engine.io.fet.FetImporter;
import org.preau.engine.io.fet.FetSolutionWriter;
import org.preau.engine.io.json.JsonFormat;
import org.preau.engine.model.TimetableProblem;
import org.preau.engine.solve.SolveOptions;
import org.preau.engine.solve.SolveResult;
import org.preau.engine.solve.TimetableSolver;

/**
 * {@code solve INPUT [--time-limit=SECONDS] [--seed=N] [--until-feasible] [--solution=FILE] [--report=FILE.json]}:
 * INPUT is a FET file or the engine's JSON problem; the solution is FET's activities-timetable XML, or JSON when its
 * file is {@code .json}.
 */
final class SolveCommand implements Subcommand {

    @Override
    public String usage() {
        return "solve INPUT(.fet|.json) [--time-limit=SECONDS] [--seed=N] [--until-feasible] [--solution=FILE] [--report=FILE.json]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        Path input = null;
        double seconds = 60;
        long seed = 0;
        boolean untilFeasible = false;
        Path solution = null;
        Path report = null;
        for (String arg : args) {
            if (arg.startsWith("--time-limit=")) {
                seconds = number(arg, "--time-limit=");
                if (!(seconds > 0)) {
                    throw new UsageException("--time-limit must be positive");
                }
            } else if (arg.startsWith("--seed=")) {
                seed = (long) number(arg, "--seed=");
            } else if (arg.equals("--until-feasible")) {
                untilFeasible = true;
            } else if (arg.startsWith("--solution=")) {
                solution = Path.of(arg.substring("--solution=".length()));
            } else if (arg.startsWith("--report=")) {
                report = Path.of(arg.substring("--report=".length()));
            } else if (arg.startsWith("--") || input != null) {
                throw new UsageException("unexpected argument '" + arg + "'; usage: " + usage());
            } else {
                input = Path.of(arg);
            }
        }
        if (input == null) {
            throw new UsageException("missing INPUT; usage: " + usage());
        }
        boolean fet = hasExtension(input, ".fet");
        if (!fet && !hasExtension(input, ".json")) {
            throw new UsageException(input + ": unsupported input format (expected a .fet or .json file)");
        }
        boolean jsonSolution = solution != null && hasExtension(solution, ".json");
        if (!fet && solution != null && !jsonSolution) {
            // FET's activities-timetable XML names FET activities, which a native problem does not have
            throw new UsageException(solution + ": the solution of a .json problem is written as JSON (name it .json)");
        }
        TimetableProblem problem = fet ? fetProblem(input, err) : JsonFormat.readProblem(input);
        // The limit counts from the start of the command: reading the file is part of the time the user waits.
        long spentMillis = Main.elapsedMillis();
        long remaining = Math.max(1, (long) (seconds * 1000) - spentMillis);
        SolveOptions options = new SolveOptions(Duration.ofMillis(remaining), seed, untilFeasible, err,
                Duration.ofSeconds(3));
        SolveResult solved = TimetableSolver.solve(problem, options);
        double offset = spentMillis / 1000.0;
        SolveResult result = new SolveResult(solved.timetable(), solved.lessons(), solved.placed(),
                solved.hardViolations(), solved.softPenalty(),
                solved.secondsToFeasible() < 0 ? -1 : solved.secondsToFeasible() + offset, solved.seconds() + offset);
        if (solution != null) {
            if (jsonSolution) {
                JsonFormat.writeSolution(result.timetable(), solution);
            } else {
                FetSolutionWriter.write(result.timetable(), solution);
            }
        }
        if (report != null) {
            Files.writeString(report, json(result), StandardCharsets.UTF_8);
        }
        out.println(String.format(Locale.ROOT, "%s: %d/%d lessons placed, %d hard violations, soft penalty %.2f, %.1f s",
                input.getFileName(), result.placed(), result.lessons(), result.hardViolations(), result.softPenalty(),
                result.seconds()));
        return result.isComplete() ? ExitCode.OK : ExitCode.NOT_FEASIBLE;
    }

    private static TimetableProblem fetProblem(Path file, PrintStream err) {
        var imported = FetImporter.read(file);
        imported.warnings().forEach(w -> err.println("warning: " + file + ": " + w));
        return imported.problem();
    }

    private static boolean hasExtension(Path file, String extension) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension);
    }

    static String json(SolveResult r) {
        return String.format(Locale.ROOT, "{\"activities\": %d, \"placed\": %d, \"hardViolations\": %d, "
                        + "\"softPenalty\": %.2f, \"secondsToFeasible\": %s, \"seconds\": %.3f}%n",
                r.lessons(), r.placed(), r.hardViolations(), r.softPenalty(),
                r.secondsToFeasible() < 0 ? "null" : String.format(Locale.ROOT, "%.3f", r.secondsToFeasible()), r.seconds());
    }

    private static double number(String arg, String prefix) {
        try {
            return Double.parseDouble(arg.substring(prefix.length()));
        } catch (NumberFormatException e) {
            throw new UsageException("'" + arg + "' is not a number");
        }
    }
}
