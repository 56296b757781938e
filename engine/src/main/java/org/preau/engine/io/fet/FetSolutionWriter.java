package org.preau.engine.io.fet;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.preau.engine.model.Placement;
import org.preau.engine.model.Timetable;
import org.preau.engine.model.Week;

/**
 * Writes a timetable in FET's activities-timetable XML, repeating day, hour and room names exactly as the
 * input declared them (whitespace included), so that FET can read it back and check it.
 */
public final class FetSolutionWriter {

    private FetSolutionWriter() {
    }

    public static void write(Timetable timetable, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(timetable, out);
        }
    }

    public static void write(Timetable timetable, Writer out) throws IOException {
        Week week = timetable.problem().week();
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Activities_Timetable>\n");
        for (Placement placement : timetable.placements()) {
            out.write("<Activity>\n\t<Id>" + escape(placement.lessonId()) + "</Id>\n");
            out.write("\t<Day>" + escape(week.days().get(placement.start().day()).name()) + "</Day>\n");
            out.write("\t<Hour>" + escape(week.periods().get(placement.start().period()).name()) + "</Hour>\n");
            out.write("\t<Room>" + escape(placement.roomId()) + "</Room>\n</Activity>\n");
        }
        out.write("</Activities_Timetable>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
