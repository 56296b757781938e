package org.preau.support;

import java.net.http.HttpResponse;
import java.util.Map;

/**
 * The grades tests' name for {@link UserAgent}, kept until they switch to it; new tests use {@link UserAgent}.
 */
public final class SignedInClient {

    private final UserAgent agent;

    private SignedInClient(UserAgent agent) {
        this.agent = agent;
    }

    public static SignedInClient anonymous(int port) {
        return new SignedInClient(UserAgent.anonymous(port));
    }

    public static SignedInClient as(int port, String username) {
        return new SignedInClient(UserAgent.signedIn(port, username));
    }

    public HttpResponse<String> get(String path) {
        return agent.get(path);
    }

    public HttpResponse<byte[]> getBytes(String path) {
        return agent.download(path);
    }

    /** A form POST with the CSRF token read from {@code csrfPage}. */
    public HttpResponse<String> post(String path, Map<String, String> form, String csrfPage) {
        agent.get(csrfPage);
        return agent.postForm(path, form);
    }
}
