package org.preau.timetable.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.school.SchoolStructure;
import org.preau.school.SubjectView;
import org.springframework.stereotype.Component;

/** Names and colours of what lessons refer to, read once per page or feed from the school structure. */
@Component
public class Labels {

    /** A snapshot of the current school's names. */
    public record Directory(Map<UUID, SubjectView> subjects, Map<UUID, String> staff, Map<UUID, String> rooms,
                            Map<UUID, String> divisions, Map<UUID, String> groups) {

        public String subject(UUID id) {
            SubjectView s = subjects.get(id);
            return s == null ? "?" : s.name();
        }

        public String subjectCode(UUID id) {
            SubjectView s = subjects.get(id);
            return s == null ? "" : s.code();
        }

        public String colour(UUID id) {
            SubjectView s = subjects.get(id);
            return s == null ? "#cccccc" : s.colour();
        }

        public String person(@Nullable UUID id) {
            return id == null ? "" : staff.getOrDefault(id, "?");
        }

        public String room(@Nullable UUID id) {
            return id == null ? "" : rooms.getOrDefault(id, "?");
        }

        /** The division or group taught. */
        public String students(@Nullable UUID divisionId, @Nullable UUID groupId) {
            if (divisionId != null) {
                return divisions.getOrDefault(divisionId, "?");
            }
            return groupId == null ? "" : groups.getOrDefault(groupId, "?");
        }
    }

    private final SchoolStructure school;

    Labels(SchoolStructure school) {
        this.school = school;
    }

    public Directory directory() {
        Map<UUID, SubjectView> subjects = new HashMap<>();
        school.subjects().forEach(s -> subjects.put(s.id().value(), s));
        Map<UUID, String> staff = new HashMap<>();
        school.staff().forEach(s -> staff.put(s.id().value(), s.displayName()));
        Map<UUID, String> rooms = new HashMap<>();
        school.rooms().forEach(r -> rooms.put(r.id().value(), r.name()));
        Map<UUID, String> divisions = new HashMap<>();
        school.divisions().forEach(d -> divisions.put(d.id().value(), d.name()));
        Map<UUID, String> groups = new HashMap<>();
        school.groups().forEach(g -> groups.put(g.id().value(), g.name()));
        return new Directory(subjects, staff, rooms, divisions, groups);
    }
}
