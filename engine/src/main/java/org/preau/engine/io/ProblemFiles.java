package org.preau.engine.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.preau.engine.io.fet.FetImporter;
import org.preau.engine.io.fet.FetTimetableReader;
import org.preau.engine.io.json.JsonFormat;
import org.preau.engine.model.Timetable;
import org.preau.engine.model.TimetableProblem;

/** Problems and solutions from files, by format: FET ({@code .fet}, FET activities-timetable XML) or the engine's JSON. */
public final class ProblemFiles {

    private ProblemFiles() {
    }

    public static TimetableProblem readProblem(Path file) {
        return isJson(file) ? JsonFormat.readProblem(file) : FetImporter.read(file).problem();
    }

    /** A solution of {@code problem}: JSON when the file is {@code .json} or starts with '{', FET XML otherwise. */
    public static Timetable readSolution(Path file, TimetableProblem problem) {
        return isJson(file) || startsWithBrace(file) ? JsonFormat.readSolution(file, problem)
                : FetTimetableReader.read(file, problem);
    }

    static boolean isJson(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private static boolean startsWithBrace(Path file) {
        try (var in = Files.newBufferedReader(file)) {
            int c;
            while ((c = in.read()) != -1 && Character.isWhitespace(c)) {
                // skip leading blanks
            }
            return c == '{';
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
