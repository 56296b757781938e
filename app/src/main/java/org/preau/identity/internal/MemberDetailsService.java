package org.preau.identity.internal;

import java.time.Instant;
import java.util.List;

import org.preau.platform.Member;
import org.preau.platform.SchoolId;
import org.preau.school.SchoolDirectory;
import org.preau.school.SchoolMembership;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads an account and what it is in its (first) school. */
@Service
class MemberDetailsService implements UserDetailsService {

    private final Accounts accounts;
    private final SchoolDirectory directory;

    MemberDetailsService(Accounts accounts, SchoolDirectory directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(username.strip().toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
        List<SchoolId> schools = directory.schoolsOf(account.id());
        if (schools.isEmpty()) {
            throw new UsernameNotFoundException("account belongs to no school");
        }
        SchoolMembership membership = directory.membershipOf(schools.getFirst(), account.id());
        Member member = new Member(account.id(), account.username(), account.displayName(), membership.school(),
                membership.roles(), membership.staffId(), membership.guardianId(), membership.pupilId());
        boolean locked = account.lockedUntil() != null && account.lockedUntil().isAfter(Instant.now());
        return new MemberDetails(member, account.passwordHash(), account.enabled(), locked);
    }
}
