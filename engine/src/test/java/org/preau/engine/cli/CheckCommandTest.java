package org.preau.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.preau.engine.io.json.JsonFormat;
import org.preau.engine.testing.TinySchool;

class CheckCommandTest {

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int check(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "check";
        System.arraycopy(args, 0, all, 1, args.length);
        return Main.run(all, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String[] files(TinySchool school) {
        Path problem = dir.resolve("problem.json");
        Path solution = dir.resolve("solution.json");
        JsonFormat.writeProblem(school.problem(), problem);
        JsonFormat.writeSolution(school.timetable(), solution);
        return new String[] {problem.toString(), solution.toString()};
    }

    @Test
    void feasibleTimetableExitsZero() {
        int code = check(files(new TinySchool().lesson("L1", "MARTIN", "4eA", 1).at("L1", 0, 0)));
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("0 hard violation(s)");
    }

    @Test
    void clashExitsThreeAndIsExplained() {
        int code = check(files(new TinySchool().lesson("L1", "MARTIN", "4eA", 1).lesson("L2", "MARTIN", "4eB", 1)
                .at("L1", 0, 0).at("L2", 0, 0)));
        assertThat(code).isEqualTo(3);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("HARD      teacher double-booked")
                .contains("fr: M. Martin a plusieurs cours en même temps")
                .contains("en: M. Martin teaches")
                .contains("1 hard violation(s)");
    }

    @Test
    void invalidSolutionExitsTwoWithOneLine() throws Exception {
        String[] files = files(new TinySchool().lesson("L1", "MARTIN", "4eA", 1).at("L1", 0, 0));
        Files.writeString(Path.of(files[1]), "{\"placements\": [{\"lesson\": \"L1\", \"day\": 7, \"period\": 0}]}");
        assertThat(check(files)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .doesNotContain("\n").contains("$.placements[0].day").doesNotContain("Exception");
    }

    @Test
    void fetInputWithFetSolutionIsChecked() throws Exception {
        Path fet = dir.resolve("school.fet");
        var problem = new TinySchool().lesson("L1", "MARTIN", "4eA", 1).lesson("L2", "MARTIN", "4eB", 1).problem();
        Files.writeString(fet, org.preau.engine.io.fet.FetExporter.export(problem).xml());
        var imported = org.preau.engine.io.fet.FetImporter.read(fet).problem();
        Path solution = dir.resolve("solution.xml");
        org.preau.engine.io.fet.FetSolutionWriter.write(new org.preau.engine.model.Timetable(imported, java.util.List.of(
                new org.preau.engine.model.Placement("1", new org.preau.engine.model.Slot(2, 1), ""),
                new org.preau.engine.model.Placement("2", new org.preau.engine.model.Slot(2, 1), ""))), solution);
        assertThat(check(fet.toString(), solution.toString())).isEqualTo(3);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("teaches Maths 4eA (1) and Maths 4eB (2) at the same time, Mercredi H2");
    }

    @Test
    void unknownRoomInAFetSolutionNamesTheLine() throws Exception {
        Path fet = dir.resolve("school.fet");
        Files.writeString(fet, org.preau.engine.io.fet.FetExporter.export(new TinySchool().lesson("L1", "MARTIN", "4eA", 1).problem()).xml());
        Path solution = dir.resolve("solution.xml");
        Files.writeString(solution, "<Activities_Timetable>\n<Activity><Id>1</Id><Day>Lundi</Day><Hour>H1</Hour>\n<Room>Nowhere</Room></Activity>\n</Activities_Timetable>\n");
        assertThat(check(fet.toString(), solution.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("solution.xml:3: <Room>: unknown room 'Nowhere'");
    }

    @Test
    void missingFileExitsTwo() {
        assertThat(check(dir.resolve("nope.fet").toString(), dir.resolve("nope.xml").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nope.fet");
    }
}
