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

/**
 * A lycée général: 2de, 1re and Terminale in divisions of about 35. The tronc commun is taught by division; LVB
 * groups of a level are aligned; in 1re and Terminale each division is made of four clusters of pupils sharing
 * the same choices, and the spécialités are taught in barrettes across the whole level (each pupil takes one
 * spécialité per barrette: three in 1re, two in Terminale; every group of a barrette meets at the same time).
 * Terminale's option Mathématiques expertes forms one more barrette.
 */
final class LyceeGenerator {

    static final String[] LEVELS = {"2de", "1re", "Tle"};
    static final int PUPILS_PER_DIVISION = 35;
    static final int CLUSTERS_PER_DIVISION = 4;
    static final int MAX_GROUP = 35;

    /** Tronc commun, weekly half hours per level. */
    static final Map<String, int[]> TRONC_COMMUN = new LinkedHashMap<>();
    /** The spécialités offered in each barrette, by level (2de has none). */
    static final List<List<List<String>>> BARRETTES = List.of(List.of(),
            List.of(List.of("Mathématiques", "SES", "HLP"), List.of("Physique-chimie", "HGGSP", "LLCER anglais"),
                    List.of("SVT", "Mathématiques", "NSI", "SES")),
            List.of(List.of("Mathématiques", "SES", "HGGSP"), List.of("Physique-chimie", "SVT", "LLCER anglais", "NSI")));
    /** Weekly half hours of a spécialité: 4 h in 1re, 6 h in Terminale, in 2-hour lessons. */
    static final int[] SPECIALITE_HALF_HOURS = {0, 8, 12};

    static {
        TRONC_COMMUN.put("Français", new int[] {8, 8, 0});
        TRONC_COMMUN.put("Philosophie", new int[] {0, 0, 8});
        TRONC_COMMUN.put("Mathématiques", new int[] {8, 0, 0});
        TRONC_COMMUN.put("Histoire-géographie", new int[] {6, 6, 6});
        TRONC_COMMUN.put("Anglais", new int[] {6, 5, 4});
        TRONC_COMMUN.put("LVB", new int[] {5, 4, 4});
        TRONC_COMMUN.put("Physique-chimie", new int[] {6, 0, 0});
        TRONC_COMMUN.put("SVT", new int[] {3, 0, 0});
        TRONC_COMMUN.put("SES", new int[] {3, 0, 0});
        TRONC_COMMUN.put("SNT", new int[] {3, 0, 0});
        TRONC_COMMUN.put("Enseignement scientifique", new int[] {0, 4, 4});
        TRONC_COMMUN.put("EPS", new int[] {4, 4, 4});
        TRONC_COMMUN.put("EMC", new int[] {1, 1, 1});
    }

    static String roomType(String subject) {
        return switch (subject) {
            case "Physique-chimie", "SVT", "Enseignement scientifique" -> "labo";
            case "SNT", "NSI" -> "salle informatique";
            case "EPS" -> "gymnase";
            default -> "salle";
        };
    }

    private final SchoolBuilder b;

    /** A cluster of pupils of one division making the same choices. */
    private record Cluster(String id, String division, List<String> specialites, String lvb, boolean expertes) {
    }

    LyceeGenerator(long seed) {
        b = new SchoolBuilder(seed, true);
        b.roomType("salle", 36);
        b.roomType("labo", 36);
        b.roomType("salle informatique", 36);
        b.roomType("gymnase", 70);
    }

    TimetableProblem generate(int pupils) {
        int perLevel = Math.max(1, pupils / LEVELS.length);
        for (int level = 0; level < LEVELS.length; level++) {
            level(level, perLevel);
        }
        return b.build("Lycée généré (" + pupils + " élèves)");
    }

    private void level(int level, int pupils) {
        String name = LEVELS[level];
        int divisions = Math.max(1, Math.round(pupils / (float) PUPILS_PER_DIVISION));
        List<Cluster> clusters = new ArrayList<>();
        List<String> yearAtoms = new ArrayList<>();
        for (int d = 0; d < divisions; d++) {
            String division = name + "-" + (d + 1);
            int size = pupils / divisions + (d < pupils % divisions ? 1 : 0);
            List<String> atoms = new ArrayList<>();
            for (int k = 0; k < CLUSTERS_PER_DIVISION; k++) {
                Cluster c = cluster(level, division, k);
                b.subgroup(c.id(), size / CLUSTERS_PER_DIVISION + (k < size % CLUSTERS_PER_DIVISION ? 1 : 0));
                atoms.add(c.id());
                clusters.add(c);
            }
            b.group(division, StudentSet.Kind.GROUP, atoms);
            yearAtoms.addAll(atoms);
            for (var entry : TRONC_COMMUN.entrySet()) {
                int halfHours = entry.getValue()[level];
                if (halfHours > 0 && !entry.getKey().equals("LVB")) {
                    String teacher = b.staff.take(entry.getKey(), halfHours, Set.of()).teacher().id();
                    b.course(entry.getKey(), teacher, List.of(division), halfHours, roomType(entry.getKey()),
                            entry.getKey().equals("EPS") ? 2 : 1);
                }
            }
            b.rule(new Constraint.MaxGapsPerDay(ResourceRef.students(division), 2, Weight.soft(90)));
            b.rule(new Constraint.MaxHoursDaily(ResourceRef.students(division), 7, "", Weight.soft(80)));
        }
        b.group(name, StudentSet.Kind.YEAR, yearAtoms);
        barrette(name + " LVB", clusters, c -> List.of(c.lvb()), TRONC_COMMUN.get("LVB")[level], 1);
        List<List<String>> barrettes = BARRETTES.get(level);
        for (int i = 0; i < barrettes.size(); i++) {
            int index = i;
            barrette(name + " spécialités B" + (i + 1), clusters, c -> List.of(c.specialites().get(index)),
                    SPECIALITE_HALF_HOURS[level], 2);
        }
        if (level == 2) {
            barrette(name + " option", clusters, c -> c.expertes() ? List.of("Mathématiques expertes") : List.of(), 6, 2);
        }
    }

    private Cluster cluster(int level, String division, int k) {
        List<String> specialites = new ArrayList<>();
        for (List<String> offer : BARRETTES.get(level)) {
            String pick;
            do {
                pick = offer.get(b.random.nextInt(offer.size()));
            } while (specialites.contains(pick));
            specialites.add(pick);
        }
        String lvb = b.random.nextInt(10) < 7 ? "Espagnol" : "Allemand";
        boolean expertes = specialites.contains("Mathématiques") && b.random.nextBoolean();
        return new Cluster(division + "-" + (char) ('a' + k), division, specialites, lvb, expertes);
    }

    private interface Choice {
        List<String> of(Cluster c);
    }

    /**
     * One barrette: for each subject chosen, groups of clusters of at most {@link #MAX_GROUP} pupils, each with its
     * own teacher; lesson i of every group starts at the same time.
     */
    private void barrette(String name, List<Cluster> clusters, Choice choice, int halfHours, int block) {
        Map<String, List<List<String>>> groups = new LinkedHashMap<>();
        for (Cluster c : clusters) {
            for (String subject : choice.of(c)) {
                List<List<String>> ofSubject = groups.computeIfAbsent(subject, k -> new ArrayList<>());
                if (ofSubject.isEmpty() || size(ofSubject.get(ofSubject.size() - 1)) + b.size(c.id()) > MAX_GROUP) {
                    ofSubject.add(new ArrayList<>());
                }
                ofSubject.get(ofSubject.size() - 1).add(c.id());
            }
        }
        Set<String> busy = new HashSet<>();
        List<List<String>> lessonsOfGroups = new ArrayList<>();
        groups.forEach((subject, ofSubject) -> {
            for (int g = 0; g < ofSubject.size(); g++) {
                String group = name + " " + subject + " " + (g + 1);
                b.group(group, StudentSet.Kind.GROUP, ofSubject.get(g));
                String teacher = b.staff.take(subject, halfHours, busy).teacher().id();
                busy.add(teacher);
                lessonsOfGroups.add(b.course(subject, teacher, List.of(group), halfHours, roomType(subject), block));
            }
        });
        for (int i = 0; !lessonsOfGroups.isEmpty() && i < lessonsOfGroups.get(0).size(); i++) {
            List<String> aligned = new ArrayList<>();
            for (List<String> lessons : lessonsOfGroups) {
                aligned.add(lessons.get(i));
            }
            b.align(aligned);
        }
    }

    private int size(List<String> atoms) {
        return atoms.stream().mapToInt(b::size).sum();
    }
}
