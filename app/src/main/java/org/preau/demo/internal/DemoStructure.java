package org.preau.demo.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.preau.demo.DemoAccounts;
import org.preau.demo.internal.DemoSchool.Division;
import org.preau.demo.internal.DemoSchool.Level;
import org.preau.demo.internal.DemoSchool.Period;
import org.preau.demo.internal.DemoSchool.Room;
import org.preau.demo.internal.DemoSchool.School;
import org.preau.demo.internal.DemoSchool.Subject;
import org.preau.demo.internal.DemoSchool.Year;
import org.preau.platform.Ids;

/** The fixed frame of the demo collège: its year and trimestres, levels, divisions, subjects and rooms. */
final class DemoStructure {

    static final List<String> DIVISION_LETTERS = List.of("A", "B", "C", "D", "E", "F");

    private DemoStructure() {
    }

    static School school() {
        return new School(Ids.newId(), DemoAccounts.SCHOOL_UAI, DemoAccounts.SCHOOL_NAME,
                DemoAccounts.SCHOOL_ACADEMIE);
    }

    /** The school year under way on {@code today} (from August on, the one starting that September). */
    static Year year(LocalDate today) {
        int start = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        LocalDate endsOn = LocalDate.of(start + 1, 7, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        return new Year(Ids.newId(), start + "-" + (start + 1), LocalDate.of(start, 9, 1), endsOn);
    }

    static List<Period> trimestres(Year year) {
        int start = year.startsOn().getYear();
        LocalDate secondStart = LocalDate.of(start, 12, 1);
        LocalDate thirdStart = LocalDate.of(start + 1, 3, 8);
        return List.of(
                new Period(Ids.newId(), "1er trimestre", 1, year.startsOn(), secondStart.minusDays(1)),
                new Period(Ids.newId(), "2e trimestre", 2, secondStart, thirdStart.minusDays(1)),
                new Period(Ids.newId(), "3e trimestre", 3, thirdStart, year.endsOn()));
    }

    static List<Level> levels() {
        return List.of(new Level(Ids.newId(), "6E", "6e", 1, 11), new Level(Ids.newId(), "5E", "5e", 2, 12),
                new Level(Ids.newId(), "4E", "4e", 3, 13), new Level(Ids.newId(), "3E", "3e", 4, 14));
    }

    static List<Division> divisions(List<Level> levels) {
        List<Division> divisions = new ArrayList<>();
        for (Level level : levels) {
            for (String letter : DIVISION_LETTERS) {
                divisions.add(new Division(Ids.newId(), level, level.name() + " " + letter));
            }
        }
        return divisions;
    }

    static List<Subject> subjects() {
        return List.of(
                subject("FRANCAIS", "Français", "#1F77B4"),
                subject("MATHS", "Mathématiques", "#D62728"),
                subject("ANGLAIS", "Anglais (LV1)", "#2CA02C"),
                subject("ESPAGNOL", "Espagnol (LV2)", "#FF7F0E"),
                subject("ALLEMAND", "Allemand (LV2)", "#8C564B"),
                subject("HG", "Histoire-géographie-EMC", "#9467BD"),
                subject("SVT", "Sciences de la vie et de la Terre", "#17BECF"),
                subject("PC", "Physique-chimie", "#BCBD22"),
                subject("TECHNO", "Technologie", "#7F7F7F"),
                subject("SCIENCES", "Sciences et technologie", "#E377C2"),
                subject("EPS", "Éducation physique et sportive", "#AEC7E8"),
                subject("ARTS", "Arts plastiques", "#FFBB78"),
                subject("MUSIQUE", "Éducation musicale", "#98DF8A"));
    }

    private static Subject subject(String code, String name, String colour) {
        return new Subject(Ids.newId(), code, name, colour);
    }

    static List<Room> rooms() {
        List<Room> rooms = new ArrayList<>();
        for (int floor = 1; floor <= 3; floor++) {
            for (int number = 1; number <= 10; number++) {
                rooms.add(new Room(Ids.newId(), "Salle " + (floor * 100 + number), "CLASSROOM", 30));
            }
        }
        rooms.add(new Room(Ids.newId(), "Labo SVT 1", "LAB", 26));
        rooms.add(new Room(Ids.newId(), "Labo SVT 2", "LAB", 26));
        rooms.add(new Room(Ids.newId(), "Labo physique-chimie 1", "LAB", 26));
        rooms.add(new Room(Ids.newId(), "Labo physique-chimie 2", "LAB", 26));
        rooms.add(new Room(Ids.newId(), "Gymnase", "GYM", 60));
        rooms.add(new Room(Ids.newId(), "Salle de technologie", "TECHNOLOGY", 26));
        rooms.add(new Room(Ids.newId(), "Salle d'arts plastiques", "ART_ROOM", 30));
        rooms.add(new Room(Ids.newId(), "Salle de musique", "MUSIC_ROOM", 30));
        rooms.add(new Room(Ids.newId(), "CDI", "CDI", 40));
        rooms.add(new Room(Ids.newId(), "Salle informatique", "COMPUTER_ROOM", 28));
        return rooms;
    }
}
