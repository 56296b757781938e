package org.preau.engine.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.preau.engine.generate.SchoolGenerator;
import org.preau.engine.io.json.JsonFormat;
import org.preau.engine.model.TimetableProblem;

/** {@code generate --kind=college|lycee --pupils=N [--seed=S] --out=FILE.json}: a French school problem. */
final class GenerateCommand implements Subcommand {

    @Override
    public String usage() {
        return "generate --kind=college|lycee --pupils=N [--seed=S] --out=FILE.json";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        SchoolGenerator.Kind kind = null;
        int pupils = 0;
        long seed = 1;
        Path file = null;
        for (String arg : args) {
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            switch (arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg) {
                case "--kind" -> kind = switch (value.toLowerCase(Locale.ROOT)) {
                    case "college", "collège" -> SchoolGenerator.Kind.COLLEGE;
                    case "lycee", "lycée" -> SchoolGenerator.Kind.LYCEE;
                    default -> throw new UsageException("--kind must be college or lycee, not '" + value + "'");
                };
                case "--pupils" -> pupils = (int) number(arg, value);
                case "--seed" -> seed = number(arg, value);
                case "--out" -> file = Path.of(value);
                default -> throw new UsageException("unexpected argument '" + arg + "'; usage: " + usage());
            }
        }
        if (kind == null || pupils < 1 || file == null) {
            throw new UsageException("usage: preau-timetable " + usage());
        }
        TimetableProblem problem = SchoolGenerator.generate(kind, pupils, seed);
        JsonFormat.writeProblem(problem, file);
        out.printf(Locale.ROOT, "%s: %s, %d lessons, %d teachers, %d rooms, %d student sets, %d constraints%n", file,
                problem.name(), problem.lessons().size(), problem.teachers().size(), problem.rooms().size(),
                problem.studentSets().size(), problem.constraints().size());
        return ExitCode.OK;
    }

    private static long number(String arg, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException("'" + arg + "' is not a whole number");
        }
    }
}
