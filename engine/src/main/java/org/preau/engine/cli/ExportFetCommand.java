package org.preau.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.preau.engine.io.ProblemFiles;
import org.preau.engine.io.fet.FetExport;
import org.preau.engine.io.fet.FetExporter;

/** {@code export-fet INPUT.json OUTPUT.fet}: the problem as a FET file, with what FET cannot express printed. */
final class ExportFetCommand implements Subcommand {

    @Override
    public String usage() {
        return "export-fet INPUT.json OUTPUT.fet";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        if (args.size() != 2 || args.stream().anyMatch(a -> a.startsWith("--"))) {
            throw new UsageException("usage: preau-timetable " + usage());
        }
        org.preau.engine.model.TimetableProblem problem = ProblemFiles.readProblem(Path.of(args.get(0)));
        FetExport export = FetExporter.export(problem);
        Files.writeString(Path.of(args.get(1)), export.xml(), StandardCharsets.UTF_8);
        out.println(args.get(1) + ": " + problem.lessons().size() + " lessons as "
                + export.activityOfLesson().values().stream().distinct().count() + " FET activities");
        export.notes().forEach(n -> out.println("not exact in FET: " + n));
        return ExitCode.OK;
    }
}
