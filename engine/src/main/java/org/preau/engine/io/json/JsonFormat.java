package org.preau.engine.io.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.preau.engine.model.Placement;
import org.preau.engine.model.Slot;
import org.preau.engine.model.Timetable;
import org.preau.engine.model.TimetableProblem;

/**
 * The engine's own JSON files: problems ({@code preau-problem/1}, shape in {@link JsonProblemWriter}) and
 * solutions ({@code preau-solution/1}: {@code {"placements": [{"lesson": "L1", "day": 0, "period": 2,
 * "room": "S1"}]}}, slots as indexes into the problem's week, room empty or absent when none).
 * Invalid input raises {@link JsonFormatException} naming the file and the JSON path.
 */
public final class JsonFormat {

    static final String SOLUTION_FORMAT = "preau-solution/1";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonFormat() {
    }

    public static TimetableProblem readProblem(Path file) {
        return new JsonProblemReader().read(new JsonField(file.toString(), "$", parse(file)));
    }

    public static TimetableProblem parseProblem(String json, String source) {
        return new JsonProblemReader().read(new JsonField(source, "$", parse(json, source)));
    }

    public static String problemToString(TimetableProblem problem) {
        return print(new JsonProblemWriter().write(problem));
    }

    public static void writeProblem(TimetableProblem problem, Path file) {
        write(file, problemToString(problem));
    }

    public static Timetable readSolution(Path file, TimetableProblem problem) {
        return parseSolution(read(file), file.toString(), problem);
    }

    public static Timetable parseSolution(String json, String source, TimetableProblem problem) {
        JsonField root = new JsonField(source, "$", parse(json, source));
        String format = root.text("format", SOLUTION_FORMAT);
        if (!format.equals(SOLUTION_FORMAT)) {
            throw root.get("format").error("expected \"" + SOLUTION_FORMAT + "\", found \"" + format + "\"");
        }
        var lessonIds = new java.util.HashSet<String>();
        problem.lessons().forEach(l -> lessonIds.add(l.id()));
        var roomIds = new java.util.HashSet<String>();
        problem.rooms().forEach(r -> roomIds.add(r.id()));
        JsonReferences refs = new JsonReferences(problem.week().dayCount(), problem.week().periodsPerDay(),
                java.util.Set.of(), java.util.Set.of(), roomIds, lessonIds);
        List<Placement> placements = new ArrayList<>();
        var seen = new java.util.HashSet<String>();
        for (JsonField p : root.required("placements").items()) {
            String lesson = p.text("lesson");
            JsonReferences.require(lessonIds, lesson, p.get("lesson"), "lesson");
            if (!seen.add(lesson)) {
                throw p.get("lesson").error("lesson '" + lesson + "' is placed twice");
            }
            Slot slot = refs.slot(p);
            String room = p.text("room", "");
            refs.named("roomId", room, p.get("room"));
            placements.add(new Placement(lesson, slot, room));
        }
        return new Timetable(problem, placements);
    }

    public static String solutionToString(Timetable timetable) {
        ObjectNode root = MAPPER.createObjectNode().put("format", SOLUTION_FORMAT).put("problem", timetable.problem().name());
        ArrayNode placements = root.putArray("placements");
        for (Placement p : timetable.placements()) {
            placements.addObject().put("lesson", p.lessonId()).put("day", p.start().day()).put("period", p.start().period())
                    .put("room", p.roomId());
        }
        return print(root);
    }

    public static void writeSolution(Timetable timetable, Path file) {
        write(file, solutionToString(timetable));
    }

    private static JsonNode parse(Path file) {
        return parse(read(file), file.toString());
    }

    private static JsonNode parse(String json, String source) {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || !node.isObject()) {
                throw new JsonFormatException(source + ": $: expected a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new JsonFormatException(source + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                    + ": not valid JSON (" + e.getOriginalMessage().replaceAll("\\s+", " ") + ")");
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new JsonFormatException(file + ": cannot read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    private static String print(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
