package org.preau.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.preau.demo.DemoAccounts;
import org.preau.demo.internal.DemoSchool.Division;
import org.preau.demo.internal.DemoSchool.Guardian;
import org.preau.demo.internal.DemoSchool.Link;
import org.preau.demo.internal.DemoSchool.Pupil;
import org.preau.platform.Ids;

/**
 * Pupils and their families: most pupils have a mother and a father living together, about one in ten a
 * single guardian; some families have two or three children at the collège; a few have a grandparent as an
 * extra contact without parental rights; one family has separated parents in two households.
 */
final class DemoFamilies {

    /** A pupil's place before the family is known. */
    private record Seat(Division division) {
    }

    record Result(List<Pupil> pupils, List<Guardian> guardians, List<Link> links, Pupil eleve, Guardian parent,
                  Guardian parent2, Pupil separatedParentsChild) {
    }

    private final Random random;
    private final int schoolYearStart;
    private final List<Pupil> pupils = new ArrayList<>();
    private final List<Guardian> guardians = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private int ineCounter;

    DemoFamilies(Random random, int schoolYearStart) {
        this.random = random;
        this.schoolYearStart = schoolYearStart;
    }

    Result generate(List<Division> divisions) {
        List<Seat> seats = new ArrayList<>();
        for (Division division : divisions) {
            int size = 24 + random.nextInt(4);
            for (int i = 0; i < size; i++) {
                seats.add(new Seat(division));
            }
        }
        Collections.shuffle(seats, random);
        // The demo families first, so that the demo accounts exist whatever the random draw.
        List<Pupil> demo = family(List.of(take(seats, DemoAccounts.ELEVE_DIVISION), take(seats, "3e D")), false);
        List<Pupil> other = family(List.of(take(seats, DemoAccounts.ELEVE_DIVISION)), false);
        List<Pupil> separated = family(List.of(take(seats, "4e C")), true);
        Guardian parent = firstGuardianOf(demo.getFirst());
        Guardian parent2 = firstGuardianOf(other.getFirst());
        while (!seats.isEmpty()) {
            family(siblingSeats(seats), false);
        }
        return new Result(List.copyOf(pupils), List.copyOf(guardians), List.copyOf(links), demo.getFirst(), parent,
                parent2, separated.getFirst());
    }

    private Guardian firstGuardianOf(Pupil pupil) {
        Link first = links.stream().filter(l -> l.pupilId().equals(pupil.id())).findFirst().orElseThrow();
        return guardians.stream().filter(g -> g.id().equals(first.guardianId())).findFirst().orElseThrow();
    }

    private static Seat take(List<Seat> seats, String divisionName) {
        for (int i = 0; i < seats.size(); i++) {
            if (seats.get(i).division().name().equals(divisionName)) {
                return seats.remove(i);
            }
        }
        throw new IllegalStateException("No seat left in " + divisionName);
    }

    /** One seat, plus one or two more in other levels for brothers and sisters (about 12% of families). */
    private List<Seat> siblingSeats(List<Seat> seats) {
        List<Seat> family = new ArrayList<>();
        family.add(seats.removeFirst());
        double draw = random.nextDouble();
        int children = draw < 0.02 ? 3 : draw < 0.12 ? 2 : 1;
        for (int i = 1; i < children; i++) {
            for (int s = 0; s < seats.size(); s++) {
                Seat candidate = seats.get(s);
                if (family.stream().noneMatch(f -> f.division().level().equals(candidate.division().level()))) {
                    family.add(seats.remove(s));
                    break;
                }
            }
        }
        return family;
    }

    private List<Pupil> family(List<Seat> seats, boolean separatedParents) {
        String lastName = FrenchNames.pick(random, FrenchNames.LAST);
        String address = address();
        List<Pupil> children = seats.stream().map(seat -> pupil(seat.division(), lastName)).toList();
        pupils.addAll(children);
        boolean single = !separatedParents && random.nextDouble() < 0.10;
        if (single) {
            boolean mother = random.nextDouble() < 0.8;
            Guardian guardian = mother ? mother(lastName, address) : father(lastName, address);
            children.forEach(c -> links.add(new Link(c.id(), guardian.id(), mother ? "MERE" : "PERE", true, true,
                    true, 1)));
        } else {
            Guardian mother = mother(random.nextDouble() < 0.2 ? FrenchNames.pick(random, FrenchNames.LAST) : lastName,
                    address);
            Guardian father = father(lastName, separatedParents ? address() : address);
            children.forEach(c -> {
                links.add(new Link(c.id(), mother.id(), "MERE", true, true, true, 1));
                links.add(new Link(c.id(), father.id(), "PERE", true, true, separatedParents,
                        separatedParents ? 2 : 1));
            });
        }
        if (random.nextDouble() < 0.03) {
            Guardian grandmother = guardian("Mme", FrenchNames.pick(random, FrenchNames.WOMEN), lastName, address());
            children.forEach(c -> links.add(new Link(c.id(), grandmother.id(), "AUTRE", false, false, false, 1)));
        }
        return children;
    }

    private Pupil pupil(Division division, String lastName) {
        boolean girl = random.nextBoolean();
        String firstName = FrenchNames.pick(random, girl ? FrenchNames.GIRLS : FrenchNames.BOYS);
        int birthYear = schoolYearStart - division.level().age() - (random.nextDouble() < 0.04 ? 1 : 0);
        LocalDate birthDate = LocalDate.of(birthYear, 1, 1).plusDays(random.nextInt(365));
        String ine = String.format("%010d", 705_000_000L + ++ineCounter) + (char) ('A' + ineCounter % 26);
        return new Pupil(Ids.newId(), ine, firstName, lastName, birthDate, girl ? "F" : "M", division);
    }

    private Guardian mother(String lastName, String address) {
        return guardian("Mme", FrenchNames.pick(random, FrenchNames.WOMEN), lastName, address);
    }

    private Guardian father(String lastName, String address) {
        return guardian("M.", FrenchNames.pick(random, FrenchNames.MEN), lastName, address);
    }

    private Guardian guardian(String civility, String firstName, String lastName, String address) {
        String email = DemoStaff.emailLocalPart(firstName, lastName) + "@example.org";
        String phone = String.format("06 %02d %02d %02d %02d", random.nextInt(100), random.nextInt(100),
                random.nextInt(100), random.nextInt(100));
        Guardian guardian = new Guardian(Ids.newId(), civility, firstName, lastName, email, phone, address);
        guardians.add(guardian);
        return guardian;
    }

    private String address() {
        return (1 + random.nextInt(120)) + " " + FrenchNames.pick(random, FrenchNames.STREETS) + ", 750"
                + (random.nextBoolean() ? "11" : "20") + " Paris";
    }
}
