package org.preau.engine.io.fet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.preau.engine.model.StudentSet;
import org.preau.engine.model.TimetableProblem;

/**
 * FET's years → groups → subgroups tree from the model's sets: a group goes in every year holding all its
 * subgroups; a subgroup goes in every group holding it; a group that is its own only subgroup has none. Groups
 * outside any year go in a year "(other groups)"; subgroups of a year in no group become groups.
 */
final class FetStudentsWriter {

    private final TimetableProblem problem;
    private final FetXmlWriter xml;
    private final List<String> notes;
    private final Map<String, StudentSet> sets = new LinkedHashMap<>();

    FetStudentsWriter(TimetableProblem problem, FetXmlWriter xml, List<String> notes) {
        this.problem = problem;
        this.xml = xml;
        this.notes = notes;
        problem.studentSets().forEach(s -> sets.put(s.id(), s));
    }

    void write() {
        List<StudentSet> years = problem.studentSets().stream().filter(s -> s.kind() == StudentSet.Kind.YEAR).toList();
        List<StudentSet> groups = problem.studentSets().stream().filter(s -> s.kind() == StudentSet.Kind.GROUP).toList();
        Set<String> placedGroups = new LinkedHashSet<>();
        xml.open("Students_List");
        for (StudentSet year : years) {
            List<StudentSet> inYear = new ArrayList<>();
            Set<String> covered = new LinkedHashSet<>();
            Set<String> subgroupsOfOthers = new LinkedHashSet<>();
            groups.stream().filter(g -> year.subgroupIds().containsAll(g.subgroupIds()) && !g.subgroupIds().equals(Set.of(g.id())))
                    .forEach(g -> subgroupsOfOthers.addAll(g.subgroupIds()));
            for (StudentSet g : groups) {
                boolean isASubgroupElsewhere = g.subgroupIds().equals(Set.of(g.id())) && subgroupsOfOthers.contains(g.id());
                if (isASubgroupElsewhere) {
                    placedGroups.add(g.id());
                    covered.add(g.id());
                } else if (year.subgroupIds().containsAll(g.subgroupIds()) && !g.id().equals(year.id())) {
                    inYear.add(g);
                    placedGroups.add(g.id());
                    covered.addAll(g.subgroupIds());
                }
            }
            for (String atom : year.subgroupIds()) {
                if (!covered.contains(atom) && !atom.equals(year.id()) && sets.containsKey(atom)) {
                    inYear.add(new StudentSet(atom, StudentSet.Kind.GROUP, sets.get(atom).size(), Set.of(atom)));
                }
            }
            year(year, inYear);
        }
        List<StudentSet> orphans = groups.stream().filter(g -> !placedGroups.contains(g.id())).toList();
        if (!orphans.isEmpty()) {
            notes.add(orphans.size() + " group(s) in no year were put in a year named \"(other groups)\"");
            int size = orphans.stream().mapToInt(StudentSet::size).sum();
            year(new StudentSet("(other groups)", StudentSet.Kind.YEAR, size, Set.of()), orphans);
        }
        xml.close("Students_List");
    }

    private void year(StudentSet year, List<StudentSet> groups) {
        xml.open("Year").text("Name", year.id()).text("Number_of_Students", year.size()).text("Comments", "")
                .text("Number_of_Categories", 0).text("Separator", " ");
        for (StudentSet g : groups) {
            xml.open("Group").text("Name", g.id()).text("Number_of_Students", g.size()).text("Comments", "");
            if (!g.subgroupIds().equals(Set.of(g.id()))) {
                for (String atom : g.subgroupIds().stream().sorted().toList()) {
                    int size = sets.containsKey(atom) ? sets.get(atom).size() : 0;
                    xml.open("Subgroup").text("Name", atom).text("Number_of_Students", size).text("Comments", "").close("Subgroup");
                }
            }
            xml.close("Group");
        }
        xml.close("Year");
    }
}
