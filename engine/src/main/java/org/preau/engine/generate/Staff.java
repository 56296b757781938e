package org.preau.engine.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.preau.engine.model.Teacher;

/**
 * The teachers of a school, hired as the timetable needs them: each subject's teachers fill up to about 18 hours
 * (a certifié's service) before another is hired. Part-timers (about one in six) teach at most 14 hours.
 */
final class Staff {

    static final int FULL_SERVICE_HALF_HOURS = 36;
    static final int PART_TIME_HALF_HOURS = 28;

    private static final String[] NAMES = {"Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand",
            "Dubois", "Moreau", "Laurent", "Simon", "Michel", "Lefebvre", "Leroy", "Roux", "David", "Bertrand", "Morel",
            "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Lefèvre",
            "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand",
            "Gauthier", "Garcia", "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu"};

    record Member(Teacher teacher, String subject, boolean partTime, int[] load) {
        int capacity() {
            return partTime ? PART_TIME_HALF_HOURS : FULL_SERVICE_HALF_HOURS;
        }
    }

    private final Random random;
    private final Map<String, List<Member>> bySubject = new LinkedHashMap<>();
    private final List<Member> all = new ArrayList<>();

    Staff(Random random) {
        this.random = random;
    }

    /** A teacher of {@code subject} with room for {@code halfHours} more, not among {@code busy} (a barrette's other teachers). */
    Member take(String subject, int halfHours, Set<String> busy) {
        List<Member> teachers = bySubject.computeIfAbsent(subject, k -> new ArrayList<>());
        for (Member m : teachers) {
            if (!busy.contains(m.teacher().id()) && m.load()[0] + halfHours <= m.capacity()) {
                m.load()[0] += halfHours;
                return m;
            }
        }
        Member hired = hire(subject);
        hired.load()[0] += halfHours;
        return hired;
    }

    private Member hire(String subject) {
        int n = all.size();
        String civility = random.nextBoolean() ? "Mme " : "M. ";
        String name = civility + NAMES[random.nextInt(NAMES.length)] + " (" + subject + ")";
        String id = "P" + String.format("%03d", n + 1) + "-" + Ids.slug(subject);
        Member m = new Member(new Teacher(id, name), subject, random.nextInt(6) == 0, new int[1]);
        bySubject.get(subject).add(m);
        all.add(m);
        return m;
    }

    List<Member> all() {
        return all;
    }
}
