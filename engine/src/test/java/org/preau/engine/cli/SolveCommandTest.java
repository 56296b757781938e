package org.preau.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolveCommandTest {

    private static final Path COLLEGE = Path.of("src/test/resources/fet/college.fet");

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void solvesASmallCollegeAndWritesFetXmlAndAReport() throws IOException {
        Path solution = dir.resolve("solution.xml");
        Path report = dir.resolve("report.json");
        int code = run("solve", COLLEGE.toString(), "--time-limit=20", "--until-feasible", "--seed=3",
                "--solution=" + solution, "--report=" + report);
        assertThat(code).as(errors()).isEqualTo(ExitCode.OK);
        String xml = Files.readString(solution);
        assertThat(xml).contains("<Id>1</Id>", "<Id>2</Id>", "<Id>3</Id>", "<Id>4</Id>").doesNotContain("<Id>5</Id>")
                .contains("<Room>Labo 1\t</Room>");
        assertThat(Files.readString(report)).contains("\"activities\": 4", "\"placed\": 4", "\"hardViolations\": 0",
                "\"softPenalty\"", "\"secondsToFeasible\"", "\"seconds\"");
    }

    @Test
    void solvesAGeneratedSchoolInTheEnginesJsonAndTheCheckerAcceptsTheJsonSolution() throws IOException {
        Path problem = dir.resolve("college.json");
        Path solution = dir.resolve("solution.json");
        assertThat(run("generate", "--kind=college", "--pupils=120", "--seed=2", "--out=" + problem)).isEqualTo(ExitCode.OK);
        int code = run("solve", problem.toString(), "--time-limit=30", "--until-feasible", "--solution=" + solution);
        assertThat(code).as(errors()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(solution)).contains("\"preau-solution/1\"");
        assertThat(run("check", problem.toString(), solution.toString())).as(errors()).isEqualTo(ExitCode.OK);
    }

    @Test
    void aJsonProblemWithAnXmlSolutionFileIsInvalidInputAndWritesNothing() throws IOException {
        Path problem = dir.resolve("college.json");
        assertThat(run("generate", "--kind=college", "--pupils=120", "--seed=2", "--out=" + problem)).isEqualTo(ExitCode.OK);
        Path solution = dir.resolve("solution.xml");
        assertThat(run("solve", problem.toString(), "--time-limit=5", "--solution=" + solution)).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(errors()).contains("solution.xml", "JSON");
        assertThat(solution).doesNotExist();
    }

    @Test
    void aTruncatedJsonProblemIsInvalidInputNamingTheFile() throws IOException {
        Path problem = dir.resolve("college.json");
        assertThat(run("generate", "--kind=college", "--pupils=120", "--seed=2", "--out=" + problem)).isEqualTo(ExitCode.OK);
        String text = Files.readString(problem);
        assertInvalid(Files.writeString(dir.resolve("cut.json"), text.substring(0, text.length() / 2)), "cut.json");
    }

    @Test
    void anImpossibleProblemEndsWithCodeThreeAndStillWritesTheBestTimetable() throws IOException {
        Path impossible = Files.writeString(dir.resolve("impossible.fet"),
                Files.readString(COLLEGE).replace("<MinDays>1</MinDays>", "<MinDays>5</MinDays>"));
        Path solution = dir.resolve("solution.xml");
        int code = run("solve", impossible.toString(), "--time-limit=2", "--solution=" + solution);
        assertThat(code).isEqualTo(ExitCode.NOT_FEASIBLE);
        assertThat(Files.readString(solution)).contains("<Id>1</Id>");
    }

    @Test
    void anEmptyFileIsInvalidInput() throws IOException {
        assertInvalid(Files.writeString(dir.resolve("empty.fet"), ""), "empty.fet");
    }

    @Test
    void aTruncatedFileIsInvalidInput() throws IOException {
        String text = Files.readString(COLLEGE);
        assertInvalid(Files.writeString(dir.resolve("cut.fet"), text.substring(0, text.length() / 2)), "cut.fet:");
    }

    @Test
    void aFileThatIsNotXmlIsInvalidInput() throws IOException {
        assertInvalid(Files.writeString(dir.resolve("plain.fet"), "pas du XML"), "plain.fet");
    }

    @Test
    void anUnknownTeacherIsInvalidInput() throws IOException {
        assertInvalid(Files.writeString(dir.resolve("teacher.fet"), Files.readString(COLLEGE)
                .replace("<Teacher>Bruno</Teacher><Subject>SVT", "<Teacher>Zoé</Teacher><Subject>SVT")), "unknown teacher 'Zoé'");
    }

    @Test
    void anUnsupportedHardConstraintEndsWithCodeFourNamingItsType() throws IOException {
        Path file = Files.writeString(dir.resolve("occupy.fet"), Files.readString(COLLEGE)
                .replace("<Active>false</Active></ConstraintActivitiesOccupy", "<Active>true</Active></ConstraintActivitiesOccupy")
                .replace("ConstraintActivitiesOccupyMax", "ConstraintActivitiesOccupyMin")); // a type still without a mapping
        assertThat(run("solve", file.toString(), "--time-limit=5")).isEqualTo(ExitCode.UNSUPPORTED);
        assertThat(errors()).contains("ConstraintActivitiesOccupyMinTimeSlotsFromSelection").doesNotContain("\tat ");
    }

    @Test
    void badArgumentsAreInvalidInput() {
        assertThat(run("solve")).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run("solve", COLLEGE.toString(), "--colour=blue")).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run("solve", COLLEGE.toString(), "--time-limit=soon")).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run("dance")).isEqualTo(ExitCode.INVALID_INPUT);
    }

    private void assertInvalid(Path file, String expected) {
        assertThat(run("solve", file.toString(), "--time-limit=5")).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(errors()).contains(expected).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(errors().strip().lines()).hasSize(1);
    }
}
