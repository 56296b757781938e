package org.preau.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An HTTP client with its own cookie jar that signs in through the real login form (CSRF included), for tests
 * that act as a demo user against the running application.
 */
public final class SignedInClient {

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;

    private SignedInClient(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Nobody signed in. */
    public static SignedInClient anonymous(int port) {
        return new SignedInClient(port);
    }

    /** Signs in with {@code username} / "demo". */
    public static SignedInClient as(int port, String username) {
        SignedInClient client = new SignedInClient(port);
        String loginPage = client.get("/login").body();
        Matcher csrf = CSRF_INPUT.matcher(loginPage);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the login page");
        }
        HttpResponse<String> login = client.postForm("/login",
                Map.of("username", username, "password", "demo", "_csrf", csrf.group(1)), null);
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Could not sign in as " + username + ": " + login.statusCode() + " "
                    + location);
        }
        return client;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A form POST carrying a fresh CSRF token read from {@code csrfPage} (a page using the shared layout). */
    public HttpResponse<String> post(String path, Map<String, String> form, String csrfPage) {
        Matcher meta = CSRF_META.matcher(get(csrfPage).body());
        if (!meta.find()) {
            throw new IllegalStateException("No CSRF token on " + csrfPage);
        }
        Map<String, String> withToken = new LinkedHashMap<>(form);
        withToken.put("_csrf", meta.group(1));
        return postForm(path, withToken, null);
    }

    private HttpResponse<String> postForm(String path, Map<String, String> form, String accept) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
