package org.preau.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.preau.support.OwnerDatabase;
import org.preau.support.PreauTest;
import org.preau.support.SchoolFixture;
import org.preau.support.SchoolFixture.BuiltSchool;
import org.preau.support.UserAgent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

@PreauTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInTests {

    @LocalServerPort
    int port;
    @Autowired
    Environment env;
    @Autowired
    AccountManagement accounts;

    JdbcClient owner;
    BuiltSchool school;

    @BeforeAll
    void buildSchool() {
        owner = OwnerDatabase.jdbc(env);
        school = new SchoolFixture(owner, accounts).build("signin", "Collège de la Connexion", 3);
    }

    @BeforeEach
    void forgetFailuresOfThisMachine() {
        owner.sql("delete from login_failures_by_address").update();
    }

    @Test
    void theRightPasswordSignsInAndLeadsHome() {
        HttpResponse<String> response = UserAgent.anonymous(port).signIn(school.staffUsername(), "demo");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/"));
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        UserAgent agent = UserAgent.anonymous(port);
        HttpResponse<String> response = agent.signIn(school.staffUsername(), "wrong");
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?error"));
        assertThat(agent.get("/login?error").body()).contains("Identifiant ou mot de passe incorrect.");
        assertThat(agent.get("/api/v1/me").statusCode()).isEqualTo(401);
    }

    @Test
    void theSessionOfASignedInMemberIsStoredInPostgres() {
        UserAgent agent = UserAgent.signedIn(port, school.staffUsername());
        String sessionId = new String(Base64.getDecoder().decode(agent.cookie("SESSION").orElseThrow()),
                StandardCharsets.UTF_8);
        List<String> principals = owner.sql("select principal_name from spring_session where session_id = ?")
                .param(sessionId).query(String.class).list();
        assertThat(principals).containsExactly(school.staffUsername());
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        HttpResponse<String> response = UserAgent.anonymous(port).signIn(school.staffUsername(), "demo");
        List<String> setCookies = response.headers().allValues("Set-Cookie");
        assertThat(setCookies).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("SESSION=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void signingOutEndsTheSessionEverywhere() {
        UserAgent agent = UserAgent.signedIn(port, school.staffUsername());
        String sessionId = new String(Base64.getDecoder().decode(agent.cookie("SESSION").orElseThrow()),
                StandardCharsets.UTF_8);
        HttpResponse<String> logout = agent.postForm("/logout", java.util.Map.of());
        assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?logout"));
        assertThat(owner.sql("select count(*) from spring_session where session_id = ?").param(sessionId)
                .query(Long.class).single()).isZero();
        assertThat(agent.get("/api/v1/me").statusCode()).isEqualTo(401);
    }

    @Test
    void fiveFailuresInARowLockTheAccountForFifteenMinutesEvenAgainstTheRightPassword() {
        BuiltSchool own = new SchoolFixture(owner, accounts).build("lock", "Collège du Verrou", 1);
        UserAgent agent = UserAgent.anonymous(port);
        for (int i = 0; i < 5; i++) {
            agent.signIn(own.staffUsername(), "wrong-" + i);
        }
        HttpResponse<String> rightPassword = agent.signIn(own.staffUsername(), "demo");
        assertThat(rightPassword.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?locked"));
        assertThat(agent.get("/login?locked").body()).contains("verrouillé pendant 15 minutes");
        Instant lockedUntil = owner.sql("select locked_until from accounts where username = ?")
                .param(own.staffUsername()).query(java.sql.Timestamp.class).single().toInstant();
        assertThat(lockedUntil).isBetween(Instant.now().plus(14, ChronoUnit.MINUTES),
                Instant.now().plus(16, ChronoUnit.MINUTES));
    }

    @Test
    void aSuccessfulSignInClearsEarlierFailures() {
        BuiltSchool own = new SchoolFixture(owner, accounts).build("reset", "Collège du Recommencement", 1);
        UserAgent agent = UserAgent.anonymous(port);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                agent.signIn(own.staffUsername(), "wrong-" + i);
            }
            assertThat(agent.signIn(own.staffUsername(), "demo").headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).doesNotContain("/login"));
        }
        assertThat(owner.sql("select failed_logins from accounts where username = ?")
                .param(own.staffUsername()).query(Integer.class).single()).isZero();
    }

    @Test
    void aLockThatHasRunOutLetsTheMemberSignInAgain() {
        BuiltSchool own = new SchoolFixture(owner, accounts).build("expired", "Collège du Sablier", 1);
        UserAgent agent = UserAgent.anonymous(port);
        for (int i = 0; i < 5; i++) {
            agent.signIn(own.staffUsername(), "wrong-" + i);
        }
        owner.sql("update accounts set locked_until = now() - interval '1 second' where username = ?")
                .param(own.staffUsername()).update();
        assertThat(agent.signIn(own.staffUsername(), "demo").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("/login"));
    }

    @Test
    void manyFailuresFromOneMachineBlockItForEveryAccount() {
        UserAgent agent = UserAgent.anonymous(port);
        try {
            for (int i = 0; i < 20; i++) {
                agent.signIn("nobody-" + i, "guess");
            }
            HttpResponse<String> rightPassword = agent.signIn(school.staffUsername(), "demo");
            assertThat(rightPassword.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login?throttled"));
            assertThat(agent.get("/login?throttled").body()).contains("Trop de tentatives");
        } finally {
            owner.sql("delete from login_failures_by_address").update();
        }
    }
}
