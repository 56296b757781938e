package org.preau.demo.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.preau.demo.internal.DemoSchool.Staff;
import org.preau.platform.Ids;

/** The collège's staff: direction, vie scolaire, secrétariat, infirmière, and teachers by subject. */
final class DemoStaff {

    /** Teachers per subject, sized so that each has about 18 hours a week (see {@link DemoTeaching}). */
    static final Map<String, Integer> TEACHERS_PER_SUBJECT = teachersPerSubject();

    private final Random random;
    private final List<Staff> staff = new ArrayList<>();

    DemoStaff(Random random) {
        this.random = random;
    }

    private static Map<String, Integer> teachersPerSubject() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("FRANCAIS", 6);
        counts.put("MATHS", 5);
        counts.put("ANGLAIS", 5);
        counts.put("ESPAGNOL", 2);
        counts.put("ALLEMAND", 1);
        counts.put("HG", 4);
        counts.put("SVT", 4);
        counts.put("PC", 4);
        counts.put("TECHNO", 3);
        counts.put("EPS", 5);
        counts.put("ARTS", 2);
        counts.put("MUSIQUE", 2);
        return counts;
    }

    Staff person(String role) {
        boolean woman = random.nextDouble() < 0.6;
        String firstName = FrenchNames.pick(random, woman ? FrenchNames.WOMEN : FrenchNames.MEN);
        String lastName = FrenchNames.pick(random, FrenchNames.LAST);
        Staff person = new Staff(Ids.newId(), woman ? "Mme" : "M.", firstName, lastName,
                emailLocalPart(firstName, lastName) + "@ac-paris.fr", Set.of(role));
        staff.add(person);
        return person;
    }

    /** Teachers of each subject, in the order of {@link #TEACHERS_PER_SUBJECT}. */
    Map<String, List<Staff>> teachers() {
        Map<String, List<Staff>> bySubject = new LinkedHashMap<>();
        TEACHERS_PER_SUBJECT.forEach((subject, count) -> {
            List<Staff> teachers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                teachers.add(person("PROFESSEUR"));
            }
            bySubject.put(subject, teachers);
        });
        return bySubject;
    }

    List<Staff> all() {
        return List.copyOf(staff);
    }

    static String emailLocalPart(String firstName, String lastName) {
        String plain = Normalizer.normalize(firstName + "." + lastName, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z.]", "");
        return plain.toLowerCase(Locale.ROOT);
    }
}
