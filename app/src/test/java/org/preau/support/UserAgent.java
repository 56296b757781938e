package org.preau.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client that behaves like a browser towards Préau: it keeps cookies, reads the CSRF token from
 * the last page and signs in through the real login form. Redirects are not followed, so tests see them.
 *
 * <pre>{@code
 * UserAgent parent = UserAgent.signedIn(port, "parent");
 * HttpResponse<String> me = parent.get("/api/v1/me");
 * }</pre>
 */
public final class UserAgent {

    public static final String DEMO_PASSWORD = "demo";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+(?:value|content)=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private String csrf = "";

    private UserAgent(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static UserAgent anonymous(int port) {
        return new UserAgent(port);
    }

    /** Signs in with a demo account (password {@value #DEMO_PASSWORD}); fails if the sign-in is refused. */
    public static UserAgent signedIn(int port, String username) {
        UserAgent agent = new UserAgent(port);
        HttpResponse<String> response = agent.signIn(username, DEMO_PASSWORD);
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("Sign-in of " + username + " refused: " + response.statusCode() + " "
                    + location);
        }
        agent.get("/"); // signing in renews the CSRF token: pick up the new one from the home page
        return agent;
    }

    /** Posts the login form as a browser would; the response is the redirect that follows. */
    public HttpResponse<String> signIn(String username, String password) {
        get("/login");
        return postForm("/login", Map.of("username", username, "password", password));
    }

    /** GETs a page as a browser would (HTML first), or an {@code /api} resource as JSON. */
    public HttpResponse<String> get(String path) {
        return get(path, path.startsWith("/api/") ? "application/json"
                : "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    }

    public HttpResponse<String> get(String path, String accept) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET());
    }

    /** Posts a form with the CSRF token of the last page seen. */
    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.putIfAbsent("_csrf", csrf);
        String body = all.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Sends any request with this agent's cookies and, for unsafe methods, its CSRF token in a header. */
    public HttpResponse<String> send(String method, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (!method.equals("GET") && !method.equals("HEAD") && !csrf.isEmpty()) {
            request.header("X-CSRF-TOKEN", csrf);
        }
        return send(request);
    }

    /** Sends a request with a body (for example JSON) and this agent's CSRF token in a header. */
    public HttpResponse<String> send(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (!csrf.isEmpty()) {
            request.header("X-CSRF-TOKEN", csrf);
        }
        return send(request);
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Matcher token = CSRF.matcher(response.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException("Request failed: " + request.build().uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
