package org.preau.web;

import org.jspecify.annotations.Nullable;
import org.preau.platform.CurrentMember;
import org.preau.platform.Member;
import org.preau.school.SchoolDirectory;
import org.preau.school.SchoolSummary;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/** What the page shell (fragments/layout.html) shows on every page: where we are, who is signed in. */
@ControllerAdvice
class ShellModel {

    private final SchoolDirectory schools;

    ShellModel(SchoolDirectory schools) {
        this.schools = schools;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        // On an error page, the path the visitor asked for, so that the language switch stays there.
        Object original = request.getAttribute("jakarta.servlet.error.request_uri");
        String uri = original instanceof String asked ? asked : request.getRequestURI();
        String path = uri.startsWith(request.getContextPath()) ? uri.substring(request.getContextPath().length()) : uri;
        return path.isEmpty() ? "/" : path;
    }

    @ModelAttribute("schoolName")
    @Nullable String schoolName() {
        return CurrentMember.get().flatMap(member -> schools.describe(member.school()))
                .map(SchoolSummary::name).orElse(null);
    }

    @ModelAttribute("memberName")
    @Nullable String memberName() {
        return CurrentMember.get().map(Member::displayName).orElse(null);
    }
}
