package org.preau.identity.internal;

import java.util.List;

import org.preau.platform.Member;
import org.preau.platform.SchoolId;
import org.preau.school.SchoolDirectory;
import org.preau.school.SchoolMembership;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A member of several schools (a parent with children in two établissements, a teacher sharing two schools)
 * signs in to the first and switches to another: the session then acts in that school, with the roles held
 * there.
 */
@Component
public class SchoolSwitch {

    private final SchoolDirectory directory;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SchoolSwitch(SchoolDirectory directory) {
        this.directory = directory;
    }

    /** The schools the member may switch to (their own current one included), in a stable order. */
    public List<SchoolId> schoolsOf(Member member) {
        return directory.schoolsOf(member.accountId());
    }

    /** Makes {@code school} the session's school; refused for a school the account has nothing to do with. */
    public void switchTo(SchoolId school, HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current == null || !(current.getPrincipal() instanceof MemberDetails details)) {
            throw new AccessDeniedException("Not signed in");
        }
        Member member = details.member();
        if (!schoolsOf(member).contains(school)) {
            throw new AccessDeniedException("The account has no place in this school");
        }
        SchoolMembership membership = directory.membershipOf(school, member.accountId());
        Member there = new Member(member.accountId(), member.username(), member.displayName(), school,
                membership.roles(), membership.staffId(), membership.guardianId(), membership.pupilId());
        MemberDetails switched = new MemberDetails(there, "", details.enabled(), false);
        // Keep how the member proved who they are (for example the password factor); replace the roles.
        List<GrantedAuthority> authorities = new java.util.ArrayList<>(current.getAuthorities().stream()
                .filter(a -> a.getAuthority() == null || !a.getAuthority().startsWith("ROLE_"))
                .map(a -> (GrantedAuthority) a).toList());
        authorities.addAll(switched.getAuthorities());
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(switched, null, authorities);
        authentication.setDetails(current.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
    }
}
