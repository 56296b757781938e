package org.preau.engine.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.preau.engine.model.Constraint;
import org.preau.engine.model.ResourceRef;
import org.preau.engine.model.StudentSet;
import org.preau.engine.model.TimetableProblem;
import org.preau.engine.model.Weight;
import org.preau.engine.model.WeekPattern;

/**
 * A collège from the national weekly hours (DOMAIN.md): levels 6e to 3e, divisions of about 26 pupils, each cut
 * into two demi-groupes (G1, G2) and, from 5e, into Espagnol / Allemand LV2 pupils. LV2 groups of a level are
 * aligned (one barrette for the whole level); sciences and technology have a weekly whole-class hour plus the
 * demi-groupes in alternate weeks (semaine A: G1, semaine B: G2) — in 6e both halves in parallel with two
 * teachers. EPS goes in 2-hour blocks in the gymnase, sciences in labs.
 */
final class CollegeGenerator {

    static final String[] LEVELS = {"6e", "5e", "4e", "3e"};
    static final int PUPILS_PER_DIVISION = 26;

    /** Weekly half hours per pupil, by subject, for 6e, 5e, 4e, 3e (DOMAIN.md). */
    static final Map<String, int[]> HOURS = new LinkedHashMap<>();

    static {
        HOURS.put("Français", new int[] {9, 9, 9, 8});
        HOURS.put("Mathématiques", new int[] {9, 7, 7, 7});
        HOURS.put("Anglais", new int[] {8, 6, 6, 6});
        HOURS.put("LV2", new int[] {0, 5, 5, 5});
        HOURS.put("Histoire-géographie-EMC", new int[] {6, 6, 6, 7});
        HOURS.put("Sciences et technologie", new int[] {8, 0, 0, 0});
        HOURS.put("SVT", new int[] {0, 3, 3, 3});
        HOURS.put("Physique-chimie", new int[] {0, 3, 3, 3});
        HOURS.put("Technologie", new int[] {0, 3, 3, 3});
        HOURS.put("EPS", new int[] {8, 6, 6, 6});
        HOURS.put("Arts plastiques", new int[] {2, 2, 2, 2});
        HOURS.put("Éducation musicale", new int[] {2, 2, 2, 2});
    }

    static String roomType(String subject) {
        return switch (subject) {
            case "Sciences et technologie", "SVT", "Physique-chimie" -> "labo";
            case "Technologie" -> "salle de technologie";
            case "EPS" -> "gymnase";
            case "Arts plastiques" -> "salle d'arts plastiques";
            case "Éducation musicale" -> "salle de musique";
            default -> "salle";
        };
    }

    private final SchoolBuilder b;

    CollegeGenerator(long seed) {
        b = new SchoolBuilder(seed, false);
        b.roomType("salle", 30);
        b.roomType("labo", 30);
        b.roomType("salle de technologie", 30);
        b.roomType("gymnase", 60);
        b.roomType("salle d'arts plastiques", 30);
        b.roomType("salle de musique", 30);
    }

    TimetableProblem generate(int pupils) {
        int perLevel = Math.max(1, pupils / LEVELS.length);
        for (int level = 0; level < LEVELS.length; level++) {
            level(level, perLevel);
        }
        return b.build("Collège généré (" + pupils + " élèves)");
    }

    private void level(int level, int pupils) {
        String name = LEVELS[level];
        int divisions = Math.max(1, Math.round(pupils / (float) PUPILS_PER_DIVISION));
        boolean lv2 = level > 0;
        List<String> yearAtoms = new ArrayList<>();
        List<String> divisionIds = new ArrayList<>();
        for (int d = 0; d < divisions; d++) {
            String division = name + (char) ('A' + d);
            divisionIds.add(division);
            int size = pupils / divisions + (d < pupils % divisions ? 1 : 0);
            List<String> atoms = new ArrayList<>();
            List<String> g1 = new ArrayList<>();
            List<String> g2 = new ArrayList<>();
            for (String lang : lv2 ? List.of("ESP", "ALL") : List.of("")) {
                int langSize = lang.isEmpty() ? size : lang.equals("ESP") ? size - size * 3 / 10 : size * 3 / 10;
                for (int half = 1; half <= 2; half++) {
                    String atom = division + (lang.isEmpty() ? "" : "-" + lang) + "-G" + half;
                    b.subgroup(atom, half == 1 ? langSize - langSize / 2 : langSize / 2);
                    atoms.add(atom);
                    (half == 1 ? g1 : g2).add(atom);
                }
            }
            b.group(division, StudentSet.Kind.GROUP, atoms);
            b.group(division + "-G1", StudentSet.Kind.GROUP, g1);
            b.group(division + "-G2", StudentSet.Kind.GROUP, g2);
            yearAtoms.addAll(atoms);
            divisionCourses(division, level);
            b.rule(new Constraint.MaxGapsPerDay(ResourceRef.students(division), 1, Weight.soft(90)));
            b.rule(new Constraint.MaxHoursDaily(ResourceRef.students(division), 6, "", Weight.soft(80)));
        }
        b.group(name, StudentSet.Kind.YEAR, yearAtoms);
        if (lv2) {
            lv2Barrette(name, divisionIds, HOURS.get("LV2")[level]);
        }
    }

    private void divisionCourses(String division, int level) {
        for (var entry : HOURS.entrySet()) {
            String subject = entry.getKey();
            int halfHours = entry.getValue()[level];
            if (halfHours == 0 || subject.equals("LV2")) {
                continue;
            }
            String room = roomType(subject);
            switch (subject) {
                case "Sciences et technologie" -> sciencesInParallelHalves(division, subject, halfHours, room);
                case "SVT", "Physique-chimie", "Technologie" -> sciencesInAlternateHalves(division, subject, halfHours, room);
                default -> {
                    String teacher = b.staff.take(subject, halfHours, Set.of()).teacher().id();
                    b.course(subject, teacher, List.of(division), halfHours, room, subject.equals("EPS") ? 2 : 1);
                }
            }
        }
    }

    /** 6e: half the hours with the whole class, the other half in demi-groupes taught at the same time by two teachers. */
    private void sciencesInParallelHalves(String division, String subject, int halfHours, String room) {
        int together = halfHours / 2;
        int halves = halfHours - together;
        Staff.Member first = b.staff.take(subject, together + halves, Set.of());
        Staff.Member second = b.staff.take(subject, halves, Set.of(first.teacher().id()));
        b.course(subject, first.teacher().id(), List.of(division), together, room, 1);
        List<String> g1 = b.course(subject, first.teacher().id(), List.of(division + "-G1"), halves, room, 1);
        List<String> g2 = b.course(subject, second.teacher().id(), List.of(division + "-G2"), halves, room, 1);
        for (int i = 0; i < g1.size(); i++) {
            b.align(List.of(g1.get(i), g2.get(i)));
        }
    }

    /** 5e–3e: the whole hours with the class, the half hour as a demi-groupe hour, G1 in semaine A and G2 in semaine B at the same time. */
    private void sciencesInAlternateHalves(String division, String subject, int halfHours, String room) {
        Staff.Member teacher = b.staff.take(subject, halfHours + 1, Set.of());
        String id = teacher.teacher().id();
        b.course(subject, id, List.of(division), halfHours - 1, room, 1);
        String split = "H" + division + subject;
        String g1 = b.lesson(subject, List.of(id), List.of(division + "-G1"), 1, room, WeekPattern.WEEK_A, split, 1);
        String g2 = b.lesson(subject, List.of(id), List.of(division + "-G2"), 1, room, WeekPattern.WEEK_B, split, 2);
        b.align(List.of(g1, g2));
    }

    /**
     * LV2 for a whole level at once: an Espagnol group per division, Allemand pupils of up to three divisions
     * together; every group has its own teacher and room, and the level's LV2 lessons start together.
     */
    private void lv2Barrette(String level, List<String> divisions, int halfHours) {
        List<List<String>> groupLessons = new ArrayList<>();
        Set<String> busy = new HashSet<>();
        for (String division : divisions) {
            String group = level + "-Espagnol-" + division.substring(level.length());
            b.group(group, StudentSet.Kind.GROUP, List.of(division + "-ESP-G1", division + "-ESP-G2"));
            groupLessons.add(lv2Course("Espagnol", group, halfHours, busy));
        }
        for (int from = 0; from < divisions.size(); from += 3) {
            List<String> atoms = new ArrayList<>();
            for (String division : divisions.subList(from, Math.min(from + 3, divisions.size()))) {
                atoms.add(division + "-ALL-G1");
                atoms.add(division + "-ALL-G2");
            }
            String group = level + "-Allemand-" + (from / 3 + 1);
            b.group(group, StudentSet.Kind.GROUP, atoms);
            groupLessons.add(lv2Course("Allemand", group, halfHours, busy));
        }
        for (int i = 0; i < groupLessons.get(0).size(); i++) {
            List<String> aligned = new ArrayList<>();
            for (List<String> lessons : groupLessons) {
                aligned.add(lessons.get(i));
            }
            b.align(aligned);
        }
    }

    private List<String> lv2Course(String language, String group, int halfHours, Set<String> busy) {
        String teacher = b.staff.take(language, halfHours, busy).teacher().id();
        busy.add(teacher);
        return b.course(language, teacher, List.of(group), halfHours, "salle", 1);
    }
}
