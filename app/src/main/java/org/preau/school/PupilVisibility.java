package org.preau.school;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.preau.platform.Member;
import org.preau.platform.Role;

/**
 * The SQL condition, on a pupils row aliased {@code p}, that holds for exactly the pupils a member may see:
 * the whole school for direction and vie scolaire, the pupils of the divisions and groups a teacher teaches
 * (or is professeur principal of), a parent's children (legal guardian, or any link that receives
 * information), a pupil themself. Roles add up; no role, no pupil.
 */
record PupilVisibility(String condition, Map<String, Object> params) {

    static PupilVisibility of(Member member) {
        Map<String, Object> params = new HashMap<>();
        params.put("school", member.school().value());
        if (member.seesWholeSchool()) {
            return new PupilVisibility("p.school_id = :school", params);
        }
        List<String> ors = new ArrayList<>();
        if (member.has(Role.PROFESSEUR) && member.staffId() != null) {
            params.put("staff", member.staffId());
            ors.add("""
                    p.division_id in (select ta.division_id from teaching_assignments ta
                                      where ta.school_id = :school and ta.teacher_id = :staff and ta.division_id is not null)
                    or p.division_id in (select d.id from divisions d
                                         where d.school_id = :school and d.principal_teacher_id = :staff)
                    or exists (select 1 from group_members gm
                               join teaching_assignments ta on ta.school_id = gm.school_id and ta.group_id = gm.group_id
                               where gm.school_id = :school and gm.pupil_id = p.id and ta.teacher_id = :staff)""");
        }
        if (member.has(Role.PARENT) && member.guardianId() != null) {
            params.put("guardian", member.guardianId());
            ors.add("""
                    exists (select 1 from guardian_links gl
                            where gl.school_id = :school and gl.pupil_id = p.id and gl.guardian_id = :guardian
                              and (gl.legal_guardian or gl.receives_information))""");
        }
        if (member.has(Role.ELEVE) && member.pupilId() != null) {
            params.put("self", member.pupilId());
            ors.add("p.id = :self");
        }
        if (ors.isEmpty()) {
            return new PupilVisibility("false", params);
        }
        return new PupilVisibility("p.school_id = :school and (" + String.join(" or ", ors.stream()
                .map(or -> "(" + or + ")").toList()) + ")", params);
    }
}
