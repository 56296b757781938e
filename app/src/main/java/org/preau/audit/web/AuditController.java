package org.preau.audit.web;

import org.preau.audit.AuditLog;
import org.preau.audit.AuditPage;
import org.preau.platform.CurrentMember;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import io.swagger.v3.oas.annotations.Operation;

/** The journal d'accès: who read which pupil's data, for direction. */
@Controller
class AuditController {

    private static final int PAGE_SIZE = 50;

    private final AuditLog auditLog;

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping("/audit")
    String page(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("log", auditLog.latestReads(CurrentMember.require(), page, PAGE_SIZE));
        return "audit/log";
    }

    @GetMapping("/api/v1/audit")
    @ResponseBody
    @Operation(summary = "Latest reads of pupils' personal data in the caller's school (direction only)")
    AuditPage api(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return auditLog.latestReads(CurrentMember.require(), page, size);
    }
}
