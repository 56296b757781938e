package org.preau.timetable.internal;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.preau.engine.model.TimetableProblem;
import org.preau.engine.solve.SolveOptions;
import org.preau.engine.solve.SolveResult;
import org.preau.engine.solve.TimetableSolver;
import org.springframework.stereotype.Component;

/**
 * Calls the Préau engine's Timefold solver. The engine reports progress as lines on a stream
 * ({@code [  5.0s] placed 120/480, hard violations 3, soft penalty 2.00}); they are read back into figures.
 * Cancelling is interrupting the solving thread: Timefold then stops and returns its best solution.
 */
@Component
class EngineSolving implements Solving {

    private static final Pattern LINE = Pattern.compile(
            "\\[\\s*([0-9.]+)s]\\s*placed (\\d+)/(\\d+), hard violations (\\d+), soft penalty ([0-9.]+)");

    @Override
    public Outcome solve(TimetableProblem problem, Duration timeLimit, long seed, Consumer<Progress> progress) {
        PrintStream lines = new PrintStream(new LineStream(line -> parse(line, progress)), true, StandardCharsets.UTF_8);
        SolveOptions options = new SolveOptions(timeLimit, seed, false, lines, Duration.ofSeconds(1));
        SolveResult result = TimetableSolver.solve(problem, options);
        return new Outcome(result.timetable(), result.lessons(), result.placed(), result.hardViolations(),
                result.softPenalty(), result.seconds());
    }

    static void parse(String line, Consumer<Progress> progress) {
        Matcher m = LINE.matcher(line);
        if (m.find()) {
            progress.accept(new Progress(Double.parseDouble(m.group(1)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(2)), Long.parseLong(m.group(4)), Double.parseDouble(m.group(5))));
        }
    }

    /** Collects bytes into lines and hands each complete line over. */
    private static final class LineStream extends OutputStream {
        private final Consumer<String> sink;
        private final StringBuilder line = new StringBuilder();

        LineStream(Consumer<String> sink) {
            this.sink = sink;
        }

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                String complete = line.toString();
                line.setLength(0);
                try {
                    sink.accept(complete);
                } catch (RuntimeException e) {
                    // progress is best effort: a failed update must not stop the solve
                }
            } else {
                line.append((char) b);
            }
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "progress(%d chars pending)", line.length());
        }
    }
}
