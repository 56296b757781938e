package org.preau.timetable.internal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Human names for the identifiers the engine works with (teachers, rooms, divisions and groups, lessons), so that
 * the checker's explanations read as the school writes: "4e B" rather than a UUID.
 */
public record Names(Map<String, String> byId) {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final Pattern ATOM = Pattern.compile("S:((?:[DG]:" + UUID + "\\+?)+)");
    private static final Pattern SET = Pattern.compile("[DG]:" + UUID);
    private static final Pattern LESSON = Pattern.compile("\\s*\\((" + UUID + ")-(?:\\d+|A|B)\\)");
    private static final Pattern BARE = Pattern.compile(UUID);

    public Names {
        byId = Map.copyOf(byId);
    }

    public String name(String id) {
        return byId.getOrDefault(id, id);
    }

    /** Replaces every identifier in {@code text} by its name; lesson ids in brackets are dropped. */
    public String humanise(String text) {
        String out = LESSON.matcher(text).replaceAll("");
        Matcher atoms = ATOM.matcher(out);
        StringBuilder sb = new StringBuilder();
        while (atoms.find()) {
            String sets = String.join(" / ", java.util.Arrays.stream(atoms.group(1).split("\\+"))
                    .map(this::name).toList());
            atoms.appendReplacement(sb, Matcher.quoteReplacement("les élèves de " + sets));
        }
        atoms.appendTail(sb);
        out = SET.matcher(sb.toString()).replaceAll(m -> Matcher.quoteReplacement(name(m.group())));
        return BARE.matcher(out).replaceAll(m -> Matcher.quoteReplacement(name(m.group())));
    }
}
