package org.preau.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A plain HTTP client that behaves like a browser towards Préau: it keeps cookies, reads the CSRF token from
 * the last page and signs in through the real login form. Redirects are not followed, so tests see them
 * ({@link #follow} goes where one points). Paths are relative to the application; absolute URLs are used as is.
 *
 * <pre>{@code
 * UserAgent parent = UserAgent.signedIn(port, "parent");
 * HttpResponse<String> me = parent.get("/api/v1/me");
 * }</pre>
 */
public final class UserAgent {

    public static final String DEMO_PASSWORD = "demo";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*?(?:value|content)=\"([^\"]+)\"");
    private static final String JSON = "application/json, */*;q=0.8";
    private static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

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
        // Signing in renews the CSRF token: the login page shows the new one (the home page would also record
        // reads of the children's data in the audit log).
        agent.get("/login");
        return agent;
    }

    /** Posts the login form as a browser would; the response is the redirect that follows. */
    public HttpResponse<String> signIn(String username, String password) {
        get("/login");
        return postForm("/login", Map.of("username", username, "password", password));
    }

    /** GETs a page as a browser would (HTML first), or an {@code /api} resource as JSON. */
    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", accepted(path)).GET());
    }

    /** GETs a file (a PDF, a ZIP, an upload) as bytes. */
    public HttpResponse<byte[]> download(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "*/*").GET(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** GETs where a redirect points. */
    public HttpResponse<String> follow(HttpResponse<?> redirect) {
        return get(location(redirect));
    }

    /** The path a redirect points to, without scheme and host. */
    public static String location(HttpResponse<?> redirect) {
        return redirect.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("No Location in a " + redirect.statusCode() + " response"))
                .replaceFirst("^https?://[^/]+", "");
    }

    /** Reads what a stream that does not end by itself (server-sent events) sends within {@code wait}. */
    public Streamed readEvents(String path, Duration wait) {
        HttpResponse<InputStream> response = send(HttpRequest.newBuilder(uri(path))
                .header("Accept", "text/event-stream").GET(), HttpResponse.BodyHandlers.ofInputStream());
        StringBuilder text = new StringBuilder();
        long until = System.nanoTime() + wait.toNanos();
        try (InputStream in = response.body()) {
            byte[] buffer = new byte[8192];
            while (System.nanoTime() < until) {
                if (in.available() == 0) {
                    Thread.sleep(100);
                    continue;
                }
                int n = in.read(buffer);
                if (n < 0) {
                    break;
                }
                text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Reading " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return new Streamed(response.statusCode(), response.headers(), text.toString());
    }

    /** What {@link #readEvents} read: the status, the headers and the text that arrived. */
    public record Streamed(int statusCode, HttpHeaders headers, String body) {
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
                .header("Accept", accepted(path))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a {@code multipart/form-data} request: text fields and, if given, one file. */
    public HttpResponse<String> postMultipart(String path, Map<String, String> fields, @Nullable FilePart file) {
        String boundary = "preau-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        if (file != null) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field()
                    + "\"; filename=\"" + file.name() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n");
            body.writeBytes(file.content());
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        return send("POST", path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    /** Sends a JSON body with any method (and this agent's CSRF token in a header). */
    public HttpResponse<String> sendJson(String method, String path, String json) {
        return send(method, path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", contentType)
                .header("Accept", accepted(path))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
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

    /** A file to upload: the form field that carries it, its file name, its type and its bytes. */
    public record FilePart(String field, String name, String contentType, byte[] content) {

        public static FilePart of(String field, String name, String contentType, String content) {
            return new FilePart(field, name, contentType, content.getBytes(StandardCharsets.UTF_8));
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return response;
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
        HttpRequest built = request.build();
        try {
            return http.send(built, handler);
        } catch (IOException e) {
            throw new IllegalStateException("Request failed: " + built.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : base + path);
    }

    private static String accepted(String path) {
        return path.startsWith("/api/") ? JSON : HTML;
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
