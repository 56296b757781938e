package org.preau.engine.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.preau.engine.io.fet.FetImportException;
import org.preau.engine.io.fet.UnsupportedConstraintsException;
import org.preau.engine.io.json.JsonFormatException;
import org.preau.engine.solve.InvalidProblemException;

/**
 * {@code preau-timetable SUBCOMMAND ARGS...}: dispatches to a {@link Subcommand} and turns errors into exit
 * codes and one-line messages (never a stack trace for bad input). Add a subcommand with one line below.
 */
public final class Main {

    private static final Map<String, Subcommand> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("solve", new SolveCommand());
        SUBCOMMANDS.put("check", new CheckCommand());
        SUBCOMMANDS.put("generate", new GenerateCommand());
        SUBCOMMANDS.put("export-fet", new ExportFetCommand());
    }

    private Main() {
    }

    private static volatile long startedNanos = System.nanoTime();
    private static volatile long startupMillis;

    public static void main(String[] args) {
        // time limits count from the start of the process: the JVM's own start-up is part of the user's wait
        startupMillis = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        System.exit(run(args, System.out, System.err));
    }

    /** Milliseconds since this command started (including JVM start-up when run from {@link #main}). */
    public static long elapsedMillis() {
        return (System.nanoTime() - startedNanos) / 1_000_000 + startupMillis;
    }

    /** Runs the CLI without exiting the JVM: what tests call. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        startedNanos = System.nanoTime();
        if (args.length == 0 || !SUBCOMMANDS.containsKey(args[0])) {
            err.println(args.length == 0 ? "missing subcommand" : "unknown subcommand '" + args[0] + "'");
            err.println("usage: preau-timetable SUBCOMMAND ...");
            SUBCOMMANDS.values().forEach(c -> err.println("  " + c.usage()));
            return ExitCode.INVALID_INPUT;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return SUBCOMMANDS.get(args[0]).run(rest, out, err);
        } catch (UsageException | FetImportException | JsonFormatException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.INVALID_INPUT;
        } catch (UnsupportedConstraintsException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.UNSUPPORTED;
        } catch (InvalidProblemException e) {
            err.println("error: invalid problem: " + e.getMessage());
            return ExitCode.INVALID_INPUT;
        } catch (Exception | OutOfMemoryError e) {
            err.println("error: " + e);
            if (System.getenv("PREAU_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return ExitCode.FAILURE;
        }
    }
}
