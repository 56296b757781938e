package org.preau.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.preau.demo.internal.DemoSchool.DemoPeople;
import org.preau.demo.internal.DemoSchool.Division;
import org.preau.demo.internal.DemoSchool.Level;
import org.preau.demo.internal.DemoSchool.Staff;
import org.preau.demo.internal.DemoSchool.Year;

/**
 * Builds the demo collège in memory. Everything but the generated ids follows from the seed and the day: two
 * runs on the same day give the same school, names and all.
 */
final class DemoSchoolGenerator {

    static final long SEED = 0x7072_6561_75L;

    private DemoSchoolGenerator() {
    }

    static DemoSchool generate(long seed, LocalDate today) {
        Random random = new Random(seed);
        Year year = DemoStructure.year(today);
        List<Level> levels = DemoStructure.levels();
        List<Division> divisions = DemoStructure.divisions(levels);

        DemoStaff staff = new DemoStaff(random);
        Staff principal = staff.person("DIRECTION");
        staff.person("DIRECTION");
        Staff cpe = staff.person("CPE");
        staff.person("CPE");
        for (int i = 0; i < 3; i++) {
            staff.person("AED");
        }
        staff.person("SECRETARIAT");
        staff.person("SECRETARIAT");
        staff.person("INFIRMIER");
        var teachers = staff.teachers();

        DemoFamilies.Result families = new DemoFamilies(random, year.startsOn().getYear()).generate(divisions);
        DemoTeaching.Result teaching = new DemoTeaching(random)
                .generate(levels, divisions, families.pupils(), teachers);

        DemoPeople people = new DemoPeople(principal.id(), teaching.demoProfesseur().id(), cpe.id(),
                families.parent().id(), families.eleve().id(), families.parent2().id());
        return new DemoSchool(DemoStructure.school(), year, DemoStructure.trimestres(year), levels, divisions,
                DemoStructure.subjects(), DemoStructure.rooms(), new ArrayList<>(staff.all()), teaching.groups(),
                families.pupils(), teaching.memberships(), families.guardians(), families.links(),
                teaching.assignments(), teaching.principalTeachers(), people);
    }
}
