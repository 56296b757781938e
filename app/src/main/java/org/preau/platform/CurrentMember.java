package org.preau.platform;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The member on whose behalf the current request runs, if any. */
public final class CurrentMember {

    private CurrentMember() {
    }

    public static Optional<Member> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof MemberPrincipal principal) {
            return Optional.of(principal.member());
        }
        return Optional.empty();
    }

    public static Member require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not signed in"));
    }

    /** Implemented by the security principal that carries a {@link Member}. */
    public interface MemberPrincipal {
        Member member();
    }
}
