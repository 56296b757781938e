package org.preau.engine.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.preau.engine.check.CheckReport;
import org.preau.engine.check.TimetableChecker;
import org.preau.engine.check.Violation;
import org.preau.engine.io.ProblemFiles;
import org.preau.engine.model.Timetable;
import org.preau.engine.model.TimetableProblem;

/**
 * {@code preau-timetable check INPUT SOLUTION [--lang=fr|en|both]}: lists every violated rule of a solution.
 * Exit 0 when every hard rule holds, 3 when one is broken, 2 for invalid input.
 */
public final class CheckCommand implements Subcommand {

    @Override
    public String usage() {
        return "check INPUT(.fet|.json) SOLUTION(.xml|.json) [--lang=fr|en|both]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String lang = "both";
        List<String> files = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--lang=")) {
                lang = arg.substring("--lang=".length());
            } else if (arg.startsWith("--")) {
                err.println("error: check: unknown option " + arg + "; usage: " + usage());
                return ExitCode.INVALID_INPUT;
            } else {
                files.add(arg);
            }
        }
        if (files.size() != 2 || !List.of("fr", "en", "both").contains(lang)) {
            err.println("error: usage: preau-timetable " + usage());
            return ExitCode.INVALID_INPUT;
        }
        CheckReport report;
        try {
            TimetableProblem problem = ProblemFiles.readProblem(Path.of(files.get(0)));
            Timetable timetable = ProblemFiles.readSolution(Path.of(files.get(1)), problem);
            report = TimetableChecker.check(timetable);
        } catch (RuntimeException e) {
            err.println("error: invalid input: " + oneLine(e));
            return ExitCode.INVALID_INPUT;
        }
        print(report, lang, out);
        return report.feasible() ? ExitCode.OK : ExitCode.NOT_FEASIBLE;
    }

    static void print(CheckReport report, String lang, PrintStream out) {
        for (Violation v : report.violations()) {
            String level = v.hard() ? "HARD" : String.format(Locale.ROOT, "SOFT %s%%", trim(v.weight()));
            out.printf(Locale.ROOT, "%-9s %-28s x%-3d penalty %-8s %s%n", level, v.kind(), v.count(), trim(v.penalty()),
                    String.join(" ", v.resources()));
            if (!lang.equals("en")) {
                out.println("          fr: " + v.french());
            }
            if (!lang.equals("fr")) {
                out.println("          en: " + v.english());
            }
        }
        out.println("Summary: " + report.summary() + (report.feasible() ? " — every hard rule holds" : ""));
    }

    private static String trim(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : String.format(Locale.ROOT, "%.2f", x);
    }

    /** Exceptions here are about the input; their message is the line to show (class name when there is none). */
    static String oneLine(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s*\\R\\s*", " ");
    }
}
