package org.preau.identity.internal;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.preau.platform.CurrentMember;
import org.preau.platform.Member;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The security principal: a {@link Member} plus what Spring Security needs to check the password. */
record MemberDetails(Member member, String passwordHash, boolean enabled, boolean locked)
        implements UserDetails, CurrentMember.MemberPrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = member.roles().stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return member.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    /** The same member without the password hash, to keep in the session once signed in. */
    MemberDetails withoutPassword() {
        return new MemberDetails(member, "", enabled, locked);
    }
}
