package org.preau;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.preau.support.PreauTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@PreauTest
class PlatformSmokeTests {

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthIsUpOnceStarted() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void prometheusMetricsAreExposed() throws Exception {
        assertThat(get("/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void unauthenticatedApiCallsGet401NotARedirect() throws Exception {
        assertThat(get("/api/v1/me").statusCode()).isEqualTo(401);
    }

    @Test
    void everyPageForbidsExternalAssetsThroughContentSecurityPolicy() throws Exception {
        assertThat(get("/login").headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).startsWith("default-src 'self'"));
    }
}
