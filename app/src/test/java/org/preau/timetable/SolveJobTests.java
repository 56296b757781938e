package org.preau.timetable;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.preau.demo.DemoAccounts;
import org.preau.support.PreauTest;
import org.preau.support.UserAgent;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Solving runs as a background job: started from the page, followed over server-sent events, cancellable. */
@PreauTest
class SolveJobTests {

    private static final Pattern JOB = Pattern.compile("/timetable/generate/jobs/([0-9a-f-]{36})/events");

    @LocalServerPort
    int port;

    @Test
    void directionStartsASolveFollowsItsProgressAndCancelsIt() throws Exception {
        UserAgent direction = UserAgent.signedIn(port, DemoAccounts.DIRECTION);
        assertThat(direction.get("/timetable/generate").statusCode()).isEqualTo(200);
        HttpResponse<String> started = direction.postForm("/timetable/generate", Map.of("seconds", "120", "seed", "7"));
        assertThat(started.statusCode()).isEqualTo(302);
        String page = direction.get("/timetable/generate").body();
        Matcher job = JOB.matcher(page);
        assertThat(job.find()).as("the page follows the running job").isTrue();
        String id = job.group(1);

        UserAgent.Streamed events = direction.readEvents("/timetable/generate/jobs/" + id + "/events?probe", Duration.ofSeconds(4));
        assertThat(events.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
        assertThat(events.body()).contains("event:progress").contains("Cours placés");

        assertThat(direction.postForm("/timetable/generate/jobs/" + id + "/cancel", Map.of()).statusCode()).isEqualTo(302);
        String status = "";
        for (int i = 0; i < 120 && !status.contains("Annulé"); i++) {
            Thread.sleep(1000);
            status = direction.get("/timetable/generate/jobs/" + id + "/progress").body();
        }
        assertThat(status).contains("Annulé");
    }

    @Test
    void onlyDirectionMayStartASolve() {
        UserAgent teacher = UserAgent.signedIn(port, DemoAccounts.PROFESSEUR);
        assertThat(teacher.get("/timetable/generate").statusCode()).isEqualTo(403);
        assertThat(teacher.postForm("/timetable/generate", Map.of("seconds", "5")).statusCode()).isEqualTo(403);
    }
}
