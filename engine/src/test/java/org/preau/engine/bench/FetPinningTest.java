package org.preau.engine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.preau.engine.io.fet.FetExporter;
import org.preau.engine.io.fet.FetImporter;
import org.preau.engine.model.Placement;
import org.preau.engine.model.Slot;
import org.preau.engine.model.Timetable;
import org.preau.engine.model.TimetableProblem;
import org.preau.engine.testing.FetCl;
import org.preau.engine.testing.TinySchool;

/** FET confirms a timetable pinned into its file exactly when the timetable keeps every 100% rule. */
class FetPinningTest {

    @TempDir
    Path dir;

    private Path exportedSchool() throws Exception {
        TimetableProblem problem = new TinySchool().lesson("A", "MARTIN", "4eA", 2).lesson("B", "MARTIN", "4eB", 1)
                .lesson("C", "DURAND", "4eB", 1).problem();
        Path file = dir.resolve("school.fet");
        Files.writeString(file, FetExporter.export(problem).xml());
        return file;
    }

    private String fetOnPinned(Path file, List<Placement> placements) throws Exception {
        TimetableProblem imported = FetImporter.read(file).problem();
        Path pinned = dir.resolve("pinned.fet");
        Files.writeString(pinned, FetPinning.pin(Files.readString(file), new Timetable(imported, placements)));
        return FetCl.run(pinned, dir.resolve("out-" + placements.hashCode()), 20);
    }

    @Test
    void fetAcceptsAFeasibleTimetablePinnedInItsFile() throws Exception {
        Path file = exportedSchool();
        String log = fetOnPinned(file, List.of(new Placement("1", new Slot(0, 0), ""), new Placement("2", new Slot(0, 2), ""),
                new Placement("3", new Slot(0, 3), "")));
        assertThat(log).contains("Simulation successful");
    }

    @Test
    void everyActivityIsPinnedInTimeAndRoomWithTheFilesOwnNames() throws Exception {
        Path file = exportedSchool();
        TimetableProblem imported = FetImporter.read(file).problem();
        String pinned = FetPinning.pin(Files.readString(file), new Timetable(imported, List.of(
                new Placement("1", new Slot(0, 0), "LABO"), new Placement("2", new Slot(4, 7), ""), new Placement("3", new Slot(2, 3), ""))));
        assertThat(pinned.split("<ConstraintActivityPreferredStartingTime>", -1)).hasSize(4);
        assertThat(pinned).contains("<Activity_Id>2</Activity_Id>\n\t<Preferred_Day>Vendredi</Preferred_Day>\n\t<Preferred_Hour>H8</Preferred_Hour>")
                .contains("<Activity_Id>1</Activity_Id>\n\t<Room>LABO</Room>\n\t<Permanently_Locked>true</Permanently_Locked>");
        assertThat(pinned.split("<ConstraintActivityPreferredRoom>", -1)).hasSize(2);
        assertThat(pinned.indexOf("Preferred_Day>Vendredi")).isLessThan(pinned.indexOf("</Time_Constraints_List>"));
        assertThat(pinned.indexOf("<Room>LABO</Room>")).isGreaterThan(pinned.indexOf("<Space_Constraints_List>"));
    }

    @Test
    void softConstraintsAreMadeInactiveForTheHardCheck() {
        String xml = "<Time_Constraints_List>\n<ConstraintMinDaysBetweenActivities>\n\t<Weight_Percentage>95</Weight_Percentage>\n"
                + "\t<MinDays>1</MinDays>\n\t<Active>true</Active>\n</ConstraintMinDaysBetweenActivities>\n"
                + "<ConstraintBreakTimes>\n\t<Weight_Percentage>100</Weight_Percentage>\n\t<Active>true</Active>\n</ConstraintBreakTimes>\n"
                + "</Time_Constraints_List>";
        String hard = FetPinning.hardOnly(xml);
        assertThat(hard).contains("<MinDays>1</MinDays>\n\t<Active>false</Active>")
                .contains("<Weight_Percentage>100</Weight_Percentage>\n\t<Active>true</Active>");
    }
}
