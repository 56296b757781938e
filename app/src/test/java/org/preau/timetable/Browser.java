package org.preau.timetable;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A cookie-keeping HTTP client that signs in through the login form and sends the CSRF token like a page would. */
final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+(?:value|content)=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private String csrf = "";

    private Browser(int port) {
        base = "http://localhost:" + port;
        http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static Browser anonymous(int port) {
        return new Browser(port);
    }

    static Browser signedIn(int port, String username) {
        Browser browser = new Browser(port);
        browser.get("/login");
        HttpResponse<String> login = browser.postForm("/login", Map.of("username", username, "password", "demo"));
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in refused for " + username);
        }
        browser.get("/login"); // signing in renews the CSRF token: the login page shows the new one
        return browser;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** Reads whatever arrives within {@code wait} (a stream that does not end by itself, such as server-sent events). */
    HttpResponse<String> get(String path, java.time.Duration wait) {
        try {
            HttpResponse<java.io.InputStream> response = http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            StringBuilder body = new StringBuilder();
            long until = System.nanoTime() + wait.toNanos();
            try (var in = response.body()) {
                byte[] buffer = new byte[8192];
                while (System.nanoTime() < until) {
                    if (in.available() > 0) {
                        int n = in.read(buffer);
                        if (n < 0) {
                            break;
                        }
                        body.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    } else {
                        Thread.sleep(100);
                    }
                }
            }
            String text = body.toString();
            return new HttpResponse<>() {
                public int statusCode() { return response.statusCode(); }
                public HttpRequest request() { return response.request(); }
                public java.util.Optional<HttpResponse<String>> previousResponse() { return java.util.Optional.empty(); }
                public java.net.http.HttpHeaders headers() { return response.headers(); }
                public String body() { return text; }
                public java.util.Optional<javax.net.ssl.SSLSession> sslSession() { return response.sslSession(); }
                public URI uri() { return response.uri(); }
                public HttpClient.Version version() { return response.version(); }
            };
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        if (!fields.containsKey("_csrf") && !csrf.isEmpty()) {
            body += (body.isEmpty() ? "" : "&") + "_csrf=" + enc(csrf);
        }
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("X-CSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : base + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = CSRF.matcher(response.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return response;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
