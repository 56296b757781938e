package org.preau.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.preau.support.OwnerDatabase;
import org.preau.support.PreauTest;
import org.preau.support.SchoolFixture;
import org.preau.support.SchoolFixture.BuiltSchool;
import org.preau.support.UserAgent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

@PreauTest
class PasswordChangeTests {

    @LocalServerPort
    int port;
    @Autowired
    Environment env;
    @Autowired
    AccountManagement accounts;

    private BuiltSchool freshSchool() {
        return new SchoolFixture(OwnerDatabase.jdbc(env), accounts).build("pwd", "Collège du Secret", 1);
    }

    private static HttpResponse<String> change(UserAgent agent, String current, String next, String confirmation) {
        agent.get("/account/password");
        return agent.postForm("/account/password",
                Map.of("currentPassword", current, "newPassword", next, "confirmation", confirmation));
    }

    @Test
    void afterAChangeOnlyTheNewPasswordSignsIn() {
        BuiltSchool school = freshSchool();
        UserAgent agent = UserAgent.signedIn(port, school.staffUsername());
        HttpResponse<String> changed = change(agent, "demo", "un préau sous la pluie", "un préau sous la pluie");
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(agent.get("/account/password").body()).contains("Votre mot de passe a été changé.");

        assertThat(UserAgent.anonymous(port).signIn(school.staffUsername(), "demo").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        assertThat(UserAgent.anonymous(port).signIn(school.staffUsername(), "un préau sous la pluie")
                .headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("/login"));
    }

    @Test
    void aWrongCurrentPasswordIsShownOnItsField() {
        BuiltSchool school = freshSchool();
        UserAgent agent = UserAgent.signedIn(port, school.staffUsername());
        HttpResponse<String> refused = change(agent, "not-demo", "un préau sous la pluie", "un préau sous la pluie");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"currentPassword-error\"")
                .contains("Le mot de passe actuel est incorrect.");
    }

    @Test
    void aShortNewPasswordIsRefusedWithTheMinimumLength() {
        BuiltSchool school = freshSchool();
        UserAgent agent = UserAgent.signedIn(port, school.staffUsername());
        HttpResponse<String> refused = change(agent, "demo", "court", "court");
        assertThat(refused.body()).contains("id=\"newPassword-error\"")
                .contains("Le nouveau mot de passe doit contenir au moins 10 caractères.");
        assertThat(UserAgent.anonymous(port).signIn(school.staffUsername(), "demo").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("/login"));
    }

    @Test
    void aConfirmationThatDiffersIsRefused() {
        BuiltSchool school = freshSchool();
        UserAgent agent = UserAgent.signedIn(port, school.staffUsername());
        HttpResponse<String> refused = change(agent, "demo", "un préau sous la pluie", "un préau sous le soleil");
        assertThat(refused.body()).contains("id=\"confirmation-error\"")
                .contains("La confirmation ne correspond pas au nouveau mot de passe.");
    }

    @Test
    void theUsernameIsNotAcceptedAsPassword() {
        BuiltSchool school = freshSchool();
        UserAgent agent = UserAgent.signedIn(port, school.staffUsername());
        String username = school.staffUsername() + "";
        assertThat(username.length()).isGreaterThanOrEqualTo(AccountManagement.MIN_PASSWORD_LENGTH);
        HttpResponse<String> refused = change(agent, "demo", username, username);
        assertThat(refused.body()).contains("Le mot de passe ne peut pas être votre identifiant.");
    }
}
