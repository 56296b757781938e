package org.preau.identity.internal;

import java.time.Instant;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in guarded by {@link LoginThrottle}: a blocked client address is refused before any password
 * is checked, failures are counted, a success clears the counters. The principal kept in the session carries
 * no password hash.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = addressOf(attempt);
        throttle.addressBlockedUntil(address).ifPresent(until -> {
            throw new AddressThrottledException(until);
        });
        Authentication result;
        try {
            result = passwords.authenticate(attempt);
        } catch (BadCredentialsException e) {
            throttle.failed(username, address);
            throw e;
        }
        throttle.succeeded(username, address);
        MemberDetails member = ((MemberDetails) result.getPrincipal()).withoutPassword();
        UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(member,
                null, result.getAuthorities());
        signedIn.setDetails(result.getDetails());
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    private static String addressOf(Authentication attempt) {
        if (attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return "unknown";
    }

    /** Too many failed sign-ins came from this client address lately. */
    static final class AddressThrottledException extends AuthenticationException {

        AddressThrottledException(Instant until) {
            super("Too many failed sign-ins from this address until " + until);
        }
    }
}
