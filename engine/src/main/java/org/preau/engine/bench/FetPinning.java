package org.preau.engine.bench;

import java.util.HashMap;
import java.util.Map;
import org.preau.engine.model.Placement;
import org.preau.engine.model.Timetable;
import org.preau.engine.model.TimetableProblem;

/**
 * A copy of a FET file with every activity pinned where a Préau timetable put it: a permanently locked
 * ConstraintActivityPreferredStartingTime and, when it has a room, ConstraintActivityPreferredRoom, both at 100%.
 * fet-cl then succeeds at once exactly when the timetable breaks no 100% rule of the original file. Lesson ids
 * must be the file's activity ids and names must be the file's (as the FET importer keeps them).
 */
final class FetPinning {

    private FetPinning() {
    }

    private static final java.util.regex.Pattern CONSTRAINT = java.util.regex.Pattern.compile(
            "<(Constraint\\w+)>\\s*<Weight_Percentage>\\s*([0-9.]+)\\s*</Weight_Percentage>(.*?)</\\1>", java.util.regex.Pattern.DOTALL);

    /**
     * The file with its soft (below 100%) constraints made inactive. FET treats a weight as the probability of
     * respecting the rule while placing an activity, so a locked activity breaking a soft rule can keep FET
     * retrying: pinned timetables are confirmed against the hard rules only.
     */
    static String hardOnly(String fetXml) {
        java.util.regex.Matcher m = CONSTRAINT.matcher(fetXml);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String whole = m.group();
            if (Double.parseDouble(m.group(2)) < 100) {
                whole = whole.replaceFirst("<Active>\\s*true\\s*</Active>", "<Active>false</Active>");
            }
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(whole));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String pin(String fetXml, Timetable timetable) {
        TimetableProblem p = timetable.problem();
        StringBuilder time = new StringBuilder();
        StringBuilder space = new StringBuilder();
        Map<String, Boolean> done = new HashMap<>();
        for (Placement placement : timetable.placements()) {
            if (done.put(placement.lessonId(), true) != null) {
                continue;
            }
            String day = p.week().days().get(placement.start().day()).name();
            String hour = p.week().periods().get(placement.start().period()).name();
            time.append("<ConstraintActivityPreferredStartingTime>\n\t<Weight_Percentage>100</Weight_Percentage>\n")
                    .append("\t<Activity_Id>").append(esc(placement.lessonId())).append("</Activity_Id>\n")
                    .append("\t<Preferred_Day>").append(esc(day)).append("</Preferred_Day>\n")
                    .append("\t<Preferred_Hour>").append(esc(hour)).append("</Preferred_Hour>\n")
                    .append("\t<Permanently_Locked>true</Permanently_Locked>\n\t<Active>true</Active>\n\t<Comments>Préau</Comments>\n")
                    .append("</ConstraintActivityPreferredStartingTime>\n");
            if (!placement.roomId().isEmpty()) {
                space.append("<ConstraintActivityPreferredRoom>\n\t<Weight_Percentage>100</Weight_Percentage>\n")
                        .append("\t<Activity_Id>").append(esc(placement.lessonId())).append("</Activity_Id>\n")
                        .append("\t<Room>").append(esc(placement.roomId())).append("</Room>\n")
                        .append("\t<Permanently_Locked>true</Permanently_Locked>\n\t<Active>true</Active>\n\t<Comments>Préau</Comments>\n")
                        .append("</ConstraintActivityPreferredRoom>\n");
            }
        }
        String pinned = insertBefore(fetXml, "</Time_Constraints_List>", time.toString(), "<Time_Constraints_List>\n");
        return insertBefore(pinned, "</Space_Constraints_List>", space.toString(), "<Space_Constraints_List>\n");
    }

    private static String insertBefore(String xml, String closing, String content, String opening) {
        int at = xml.lastIndexOf(closing);
        if (at >= 0) {
            return xml.substring(0, at) + content + xml.substring(at);
        }
        int end = xml.lastIndexOf("</fet>");
        return xml.substring(0, end) + opening + content + closing + "\n" + xml.substring(end);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
