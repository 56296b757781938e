package org.preau.identity.internal;

import java.io.IOException;

import org.preau.platform.CurrentMember;
import org.preau.platform.Member;
import org.preau.platform.TenantContext;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Makes the signed-in member's school the current tenant for the rest of the request. */
class CurrentSchoolFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Member member = CurrentMember.get().orElse(null);
        if (member == null) {
            chain.doFilter(request, response);
            return;
        }
        try (TenantContext.Scope ignored = TenantContext.enter(member.school())) {
            chain.doFilter(request, response);
        }
    }
}
