package org.preau.engine.io.fet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.preau.engine.model.Constraint;
import org.preau.engine.model.Lesson;
import org.preau.engine.model.StudentSet;
import org.preau.engine.model.RoomRequirement;
import org.preau.engine.model.TimetableProblem;
import org.preau.engine.model.Weight;
import org.preau.engine.testing.FetExamples;

class FetImporterTest {

    static final Path COLLEGE = Path.of("src/test/resources/fet/college.fet");

    @TempDir
    Path dir;

    @Test
    void readsActiveLessonsResourcesAndConstraintsOfASmallCollege() {
        FetImport imported = FetImporter.read(COLLEGE);
        TimetableProblem problem = imported.problem();
        assertThat(problem.lessons()).extracting(Lesson::id).containsExactly("1", "2", "3", "4");
        assertThat(problem.teachers()).hasSize(2);
        assertThat(problem.studentSets()).extracting(StudentSet::id)
                .containsExactlyInAnyOrder("4e", "4eA", "4eA-all", "4eA-esp", "4eB");
        assertThat(set(problem, "4e").subgroupIds()).containsExactlyInAnyOrder("4eA-all", "4eA-esp", "4eB");
        assertThat(set(problem, "4eB").subgroupIds()).containsExactly("4eB");
        assertThat(problem.lessons().get(1).splitId()).isEqualTo("1");
        assertThat(problem.lessons().get(1).splitIndex()).isEqualTo(2);
        assertThat(problem.week().periods().get(2).name()).isEqualTo("10:00");
        assertThat(problem.rooms().getFirst().id()).isEqualTo("Labo 1\t");
        assertThat(imported.constraintCounts()).isEqualTo(Map.of(
                "ConstraintBasicCompulsoryTime", 1, "ConstraintMinDaysBetweenActivities", 1,
                "ConstraintTeacherNotAvailableTimes", 1, "ConstraintActivitiesSameStartingTime", 1,
                "ConstraintTeachersMaxGapsPerWeek", 1, "ConstraintBasicCompulsorySpace", 1,
                "ConstraintActivityTagPreferredRoom", 1));
        assertThat(problem.constraints()).contains(
                new Constraint.MinDaysBetween(List.of("1", "2"), 1, false, Weight.HARD),
                new Constraint.SameStartingTime(List.of("3", "4"), Weight.HARD),
                new Constraint.PreferredRooms(List.of("3"), Set.of("Labo 1\t"), Weight.HARD));
        assertThat(problem.constraints()).filteredOn(c -> c instanceof Constraint.MaxGapsPerWeek)
                .hasSize(2).allMatch(c -> c.weight().percent() == 80);
    }

    @Test
    void readsFetsBrazilianExample() { // 160 min-days constraints, of which 2 weigh 0% (no effect)
        FetImport imported = FetImporter.read(FetExamples.file("FET-5-official/Brazil/1/Brazil.fet"));
        assertThat(imported.problem().lessons()).hasSize(400);
        assertThat(imported.problem().teachers()).hasSize(27);
        assertThat(imported.problem().studentSets()).hasSize(16);
        assertThat(imported.constraintCounts()).isEqualTo(Map.of(
                "ConstraintBasicCompulsoryTime", 1, "ConstraintBasicCompulsorySpace", 1,
                "ConstraintMinDaysBetweenActivities", 158, "ConstraintTeacherNotAvailableTimes", 23,
                "ConstraintTeacherMaxDaysPerWeek", 13, "ConstraintTeachersMaxGapsPerWeek", 1));
        assertThat(imported.warnings()).isEmpty();
    }

    @Test
    void readsMinGapsBetweenActivitiesOfFetsItalianLiceo() {
        FetImport imported = FetImporter.read(FetExamples.file("FET-5-official/Italy/2009/liceo-scientifico.fet"));
        var minGaps = imported.problem().constraints().stream()
                .filter(c -> c instanceof Constraint.MinGapsBetween).map(c -> (Constraint.MinGapsBetween) c).toList();
        assertThat(minGaps).hasSize(7);
        assertThat(minGaps.get(0).lessonIds()).containsExactly("647", "648", "670", "665", "666", "654", "655");
        assertThat(minGaps.get(0).minGaps()).isEqualTo(3);
        assertThat(minGaps.get(0).weight()).isEqualTo(Weight.HARD);
    }

    @Test
    void anActivityThatIsNotSplitIsTheFirstComponentForSubactivitiesConstraintsAsInFet() {
        // activity 515 (ARTE, 1 E) is not split; FET's "subactivities preferred starting times" of ARTE, component 1,
        // applies to it: fet-cl refused a timetable with it elsewhere
        FetImport imported = FetImporter.read(FetExamples.file("FET-5-official/Italy/2010/Liceo-2010.fet"));
        var arteFirst = imported.problem().constraints().stream()
                .filter(c -> c instanceof Constraint.PreferredStarts).map(c -> (Constraint.PreferredStarts) c)
                .filter(c -> c.weight().isHard() && c.lessonIds().contains("515")).toList();
        assertThat(arteFirst).hasSize(1);
        assertThat(arteFirst.get(0).starts()).hasSize(18);
    }

    @Test
    void aStudentsFilterTakesTheActivitiesOfEverySetSharingItsPupilsAsFetDoes() {
        // "SIG of Form 4 on Tuesday or Friday last period": activity 773 is SIG for groups C4A-C4F of Form 4
        FetImport imported = FetImporter.read(FetExamples.file("FET-5-official/Belize/Sacred-Heart-College/shc-2013/shc-2013.fet"));
        var form4Sig = imported.problem().constraints().stream()
                .filter(c -> c instanceof Constraint.PreferredSlots p && p.slots().size() == 2)
                .map(c -> (Constraint.PreferredSlots) c).toList();
        assertThat(form4Sig).hasSize(1);
        assertThat(form4Sig.get(0).lessonIds()).contains("773", "774");
    }

    @Test
    void readsActivitiesOccupyMaxDifferentRoomsOfFetsBelizeExample() {
        FetImport imported = FetImporter.read(FetExamples.file("FET-5-official/Belize/Sacred-Heart-College/shc-2012/test-2012.fet"));
        var maxRooms = imported.problem().constraints().stream()
                .filter(c -> c instanceof Constraint.MaxDifferentRooms).map(c -> (Constraint.MaxDifferentRooms) c).toList();
        assertThat(maxRooms).hasSize(2);
        assertThat(maxRooms.get(0).lessonIds()).containsExactly("515", "516", "544", "545", "803", "804", "840", "841");
        assertThat(maxRooms.get(0).max()).isEqualTo(1);
        assertThat(maxRooms.get(0).weight()).isEqualTo(Weight.HARD);
    }

    @Test
    void readsBuildingsOfRoomsAndBuildingChangeRulesOfFetsGreekExample() {
        FetImport imported = FetImporter.read(FetExamples.file("FET-5-official/Greece/Corfu/THE-2008-2009-exams-sep.fet"));
        TimetableProblem problem = imported.problem();
        assertThat(problem.rooms().stream().filter(r -> r.id().equals("Αίθουσα 3")).findFirst().orElseThrow().building())
                .isEqualTo("Αρεταίος");
        var rules = problem.constraints().stream()
                .filter(c -> c instanceof Constraint.MaxBuildingChangesPerDay).map(c -> (Constraint.MaxBuildingChangesPerDay) c).toList();
        assertThat(rules).hasSize(problem.teachers().size()); // "all teachers": one rule per teacher
        assertThat(rules).allMatch(r -> r.max() == 0 && r.weight().isHard());
        // activity 36 gives its own number of pupils (its year's is 0): a room for fewer will not do
        assertThat(problem.lessons().stream().filter(l -> l.id().equals("36")).findFirst().orElseThrow().room())
                .isEqualTo(new RoomRequirement(false, Set.of(), "", 60));
    }

    @Test
    void readsActivitiesSameRoomIfConsecutiveOfFetsHongKongExample() {
        FetImport imported = FetImporter.read(FetExamples.file("FET-5-official/Hong-Kong/secondary-school-2/FET-2020-07-30-SAMPLE_HK_6_period.fet"));
        var rules = imported.problem().constraints().stream()
                .filter(c -> c instanceof Constraint.SameRoomIfConsecutive).map(c -> (Constraint.SameRoomIfConsecutive) c).toList();
        assertThat(rules).hasSize(1);
        assertThat(rules.get(0).lessonIds()).hasSizeGreaterThan(1);
        assertThat(rules.get(0).weight()).isEqualTo(Weight.HARD);
        assertThat(imported.constraintCounts()).containsEntry("ConstraintActivitiesOccupyMaxDifferentRooms", 33);
    }

    @Test
    void readsActivitiesOccupyMaxTimeSlotsFromSelectionOfFetsAlgerianExample() {
        FetImport imported = FetImporter.read(FetExamples.file("FET-5-official/Algeria/Algerian-college/Find-the-gaps.fet"));
        var rules = imported.problem().constraints().stream()
                .filter(c -> c instanceof Constraint.MaxOccupiedSlots).map(c -> (Constraint.MaxOccupiedSlots) c).toList();
        assertThat(rules).hasSize(2);
        assertThat(rules.get(0).slots()).hasSize(47);
        assertThat(rules.get(0).max()).isEqualTo(18);
        assertThat(rules.get(0).weight()).isEqualTo(Weight.HARD);
    }

    @Test
    void readsActivitiesMaxSimultaneousInSelectedTimeSlotsOfFetsSyrianExample() {
        FetImport imported = FetImporter.read(FetExamples.file("FET-5-official/Syria/Hama/2019/High-school.fet"));
        var rules = imported.problem().constraints().stream()
                .filter(c -> c instanceof Constraint.MaxSimultaneousInSlots).map(c -> (Constraint.MaxSimultaneousInSlots) c).toList();
        assertThat(rules).hasSize(1);
        assertThat(rules.get(0).slots()).hasSize(5);
        assertThat(rules.get(0).max()).isEqualTo(1);
    }

    @Test
    void readsTeacherMaxSpanPerDayOfFetsGermanExample() {
        FetImport imported = FetImporter.read(FetExamples.file(
                "FET-5-official/Germany/secondary-school-1/test-virtual-rooms-2/German-test-virtual-rooms-2.fet"));
        var rules = imported.problem().constraints().stream()
                .filter(c -> c instanceof Constraint.MaxSpanPerDay).map(c -> (Constraint.MaxSpanPerDay) c).toList();
        assertThat(rules).hasSize(13).allMatch(r -> r.max() == 5 && r.oneDayPlusOne() && r.weight().isHard());
        assertThat(rules.get(0).resource()).isEqualTo(org.preau.engine.model.ResourceRef.teacher("Agnes"));
    }

    @Test
    void readsMinRestingHoursAndStudentsMaxSpanOfFetsRomanianExample() {
        FetImport imported = FetImporter.read(FetExamples.file(
                "FET-5-official/Romania/Pedagogic-High-School-Tg-Mures/2007-2008_sem1-d-test-students-max-span-per-day.fet"));
        var resting = imported.problem().constraints().stream()
                .filter(c -> c instanceof Constraint.MinRestingHours).map(c -> (Constraint.MinRestingHours) c).toList();
        assertThat(resting).isNotEmpty().allMatch(r -> r.weight().isHard());
        assertThat(imported.constraintCounts()).containsEntry("ConstraintTeachersMinRestingHours", 2)
                .containsEntry("ConstraintStudentsMaxSpanPerDay", 1);
    }

    @Test
    void readsTwoActivitiesOrderedIfSameDayOfFetsSyrianExample() {
        FetImport imported = FetImporter.read(FetExamples.file("FET-5-official/Syria/Hama/2019/Industrial-high-school.fet"));
        var rules = imported.problem().constraints().stream()
                .filter(c -> c instanceof Constraint.OrderedIfSameDay).map(c -> (Constraint.OrderedIfSameDay) c).toList();
        assertThat(rules).hasSize(6);
        assertThat(rules.get(0)).isEqualTo(new Constraint.OrderedIfSameDay("443", "449", Weight.HARD));
    }

    @Test
    void readsStudentsMinGapsBetweenOrderedPairOfActivityTagsOfFetsIndianExampleForEachYear() {
        FetImport imported = FetImporter.read(FetExamples.file("FET-5-official/India/Kurukshetra/Institute-of-Technology/MED_2019-20-1.fet"));
        var rules = imported.problem().constraints().stream()
                .filter(c -> c instanceof Constraint.MinGapsBetweenTags).map(c -> (Constraint.MinGapsBetweenTags) c).toList();
        assertThat(rules).isNotEmpty();
        assertThat(rules.get(0).firstTag()).isEqualTo("(L)");
        assertThat(rules.get(0).secondTag()).isEqualTo("(TS)");
        assertThat(rules.get(0).minGaps()).isEqualTo(1);
        assertThat(imported.constraintCounts()).containsEntry("ConstraintStudentsMinGapsBetweenOrderedPairOfActivityTags", 12);
    }

    @Test
    void readsFetsGermanGymnasiumWithItsSevenHundredSubgroups() {
        FetImport imported = FetImporter.read(FetExamples.file("FET-5-official/Germany/secondary-school-2/GYR.fet"));
        TimetableProblem problem = imported.problem();
        assertThat(problem.lessons()).hasSize(1477);
        assertThat(problem.teachers()).hasSize(82);
        assertThat(problem.studentSets()).filteredOn(s -> s.kind() == StudentSet.Kind.SUBGROUP).hasSize(724);
        assertThat(imported.constraintCounts()).containsEntry("ConstraintMinDaysBetweenActivities", 434)
                .containsEntry("ConstraintActivityPreferredStartingTimes", 83)
                .containsEntry("ConstraintStudentsSetNotAvailableTimes", 28)
                .containsEntry("ConstraintActivitiesSameStartingTime", 21)
                .containsEntry("ConstraintActivityTagPreferredRooms", 16)
                .containsEntry("ConstraintTeacherNotAvailableTimes", 14)
                .containsEntry("ConstraintActivityPreferredStartingTime", 5)
                .containsEntry("ConstraintTeacherHomeRoom", 3)
                .containsEntry("ConstraintActivitiesPreferredTimeSlots", 3);
    }

    @Test
    void anEmptyFileIsRefusedByName() throws IOException {
        Path empty = write("empty.fet", "");
        assertThatThrownBy(() -> FetImporter.read(empty)).isInstanceOf(FetImportException.class)
                .hasMessageContaining("empty.fet").hasMessageContaining("empty");
    }

    @Test
    void aTruncatedFileIsRefusedWithItsLine() throws IOException {
        String text = Files.readString(COLLEGE);
        Path truncated = write("truncated.fet", text.substring(0, text.indexOf("<Activities_List>") + 40));
        assertThatThrownBy(() -> FetImporter.read(truncated)).isInstanceOf(FetImportException.class)
                .hasMessageMatching(".*truncated\\.fet:\\d+: not well-formed XML.*");
    }

    @Test
    void textThatIsNotXmlIsRefused() throws IOException {
        Path notXml = write("notes.fet", "Lundi: maths, mardi: SVT\n");
        assertThatThrownBy(() -> FetImporter.read(notXml)).isInstanceOf(FetImportException.class)
                .hasMessageContaining("notes.fet").hasMessageContaining("not well-formed XML");
    }

    @Test
    void anUnknownTeacherIsRefusedWithItsLineAndName() throws IOException {
        Path file = write("unknown.fet", Files.readString(COLLEGE).replace("<Teacher>Bruno</Teacher><Subject>SVT",
                "<Teacher>Zoé</Teacher><Subject>SVT"));
        assertThatThrownBy(() -> FetImporter.read(file)).isInstanceOf(FetImportException.class)
                .hasMessageMatching(".*unknown\\.fet:\\d+: <Teacher>: unknown teacher 'Zoé'");
    }

    @Test
    void anUnsupportedHardConstraintIsRefusedByType() throws IOException {
        Path file = write("unsupported.fet", Files.readString(COLLEGE).replace("<Active>false</Active></ConstraintActivitiesOccupy",
                "<Active>true</Active></ConstraintActivitiesOccupy").replace("ConstraintActivitiesOccupyMax", "ConstraintActivitiesOccupyMin"));
        assertThatThrownBy(() -> FetImporter.read(file)).isInstanceOf(UnsupportedConstraintsException.class)
                .hasMessageContaining("ConstraintActivitiesOccupyMinTimeSlotsFromSelection");
    }

    @Test
    void anUnsupportedSoftConstraintIsIgnoredWithAWarning() throws IOException {
        Path file = write("soft.fet", Files.readString(COLLEGE)
                .replace("<Weight_Percentage>100</Weight_Percentage><Number_of_Activities>1</Number_of_Activities>",
                        "<Weight_Percentage>50</Weight_Percentage><Number_of_Activities>1</Number_of_Activities>")
                .replace("<Active>false</Active></ConstraintActivitiesOccupy", "<Active>true</Active></ConstraintActivitiesOccupy")
                .replace("ConstraintActivitiesOccupyMax", "ConstraintActivitiesOccupyMin"));
        FetImport imported = FetImporter.read(file);
        assertThat(imported.warnings()).singleElement().asString()
                .contains("ConstraintActivitiesOccupyMinTimeSlotsFromSelection");
    }

    @Test
    void otherFetModesAreRefused() throws IOException {
        Path file = write("terms.fet", Files.readString(COLLEGE).replace("<Mode>Official</Mode>", "<Mode>Terms</Mode>"));
        assertThatThrownBy(() -> FetImporter.read(file)).isInstanceOf(FetImportException.class)
                .hasMessageContaining("Terms");
    }

    private static StudentSet set(TimetableProblem problem, String id) {
        return problem.studentSets().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
