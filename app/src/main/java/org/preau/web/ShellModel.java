package org.preau.web;

import org.jspecify.annotations.Nullable;
import org.preau.platform.CurrentMember;
import org.preau.platform.Member;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/** What the page shell (fragments/layout.html) shows on every page: where we are, who is signed in. */
@ControllerAdvice
class ShellModel {

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        // On an error page, the path the visitor asked for, so that the language switch stays there.
        Object original = request.getAttribute("jakarta.servlet.error.request_uri");
        String uri = original instanceof String asked ? asked : request.getRequestURI();
        String path = uri.startsWith(request.getContextPath()) ? uri.substring(request.getContextPath().length()) : uri;
        return path.isEmpty() ? "/" : path;
    }

    @ModelAttribute("memberName")
    @Nullable String memberName() {
        return CurrentMember.get().map(Member::displayName).orElse(null);
    }
}
