package org.preau.identity.web;

import org.preau.identity.AccountId;
import org.preau.identity.AccountManagement;
import org.preau.identity.AccountManagement.PasswordChange;
import org.preau.platform.CurrentMember;
import org.preau.platform.Member;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in member changes their own password: current one, new one, and the new one again. */
@Controller
@RequestMapping("/account/password")
class PasswordController {

    private final AccountManagement accounts;

    PasswordController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new PasswordForm("", "", ""));
        return page(model);
    }

    @PostMapping
    String change(@ModelAttribute("form") PasswordForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (form.currentPassword().isEmpty()) {
            errors.rejectValue("currentPassword", "identity.password.error.required");
        }
        if (!form.newPassword().equals(form.confirmation())) {
            errors.rejectValue("confirmation", "identity.password.error.mismatch");
        }
        if (errors.hasErrors()) {
            return page(model);
        }
        Member member = CurrentMember.require();
        PasswordChange outcome = accounts.changePassword(new AccountId(member.accountId()), form.currentPassword(),
                form.newPassword());
        switch (outcome) {
            case CHANGED -> {
                redirect.addFlashAttribute("changed", true);
                return "redirect:/account/password";
            }
            case WRONG_CURRENT_PASSWORD -> errors.rejectValue("currentPassword", "identity.password.error.wrong");
            case TOO_SHORT -> errors.rejectValue("newPassword", "identity.password.error.short",
                    new Object[] {AccountManagement.MIN_PASSWORD_LENGTH}, null);
            case TOO_LONG -> errors.rejectValue("newPassword", "identity.password.error.long",
                    new Object[] {AccountManagement.MAX_PASSWORD_LENGTH}, null);
            case SAME_AS_CURRENT -> errors.rejectValue("newPassword", "identity.password.error.same");
            case SAME_AS_USERNAME -> errors.rejectValue("newPassword", "identity.password.error.username");
        }
        return page(model);
    }

    private static String page(Model model) {
        model.addAttribute("minLength", AccountManagement.MIN_PASSWORD_LENGTH);
        return "identity/password";
    }

    /** The password form; every field is required. */
    record PasswordForm(String currentPassword, String newPassword, String confirmation) {

        PasswordForm {
            currentPassword = currentPassword == null ? "" : currentPassword;
            newPassword = newPassword == null ? "" : newPassword;
            confirmation = confirmation == null ? "" : confirmation;
        }
    }
}
