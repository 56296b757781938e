package org.preau.identity;

import java.util.Locale;

import org.preau.identity.internal.AccountStore;
import org.preau.platform.Ids;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts and changes passwords. */
@Service
public class AccountManagement {

    /** Shorter passwords are refused; long passphrases are welcome. */
    public static final int MIN_PASSWORD_LENGTH = 10;
    public static final int MAX_PASSWORD_LENGTH = 128;

    private final AccountStore store;

    AccountManagement(AccountStore store) {
        this.store = store;
    }

    /** Creates an account with a hashed password; usernames are case-insensitive. */
    @Transactional
    public AccountId createAccount(String username, String rawPassword, String displayName) {
        return store.create(Ids.newId(), username.strip().toLowerCase(Locale.ROOT), rawPassword, displayName);
    }

    public boolean exists(String username) {
        return store.exists(username.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Changes the password of {@code account} once its current password is confirmed.
     *
     * @return what went wrong, or {@link PasswordChange#CHANGED}
     */
    @Transactional
    public PasswordChange changePassword(AccountId account, String currentPassword, String newPassword) {
        if (!store.passwordMatches(account, currentPassword)) {
            return PasswordChange.WRONG_CURRENT_PASSWORD;
        }
        if (newPassword.length() < MIN_PASSWORD_LENGTH) {
            return PasswordChange.TOO_SHORT;
        }
        if (newPassword.length() > MAX_PASSWORD_LENGTH) {
            return PasswordChange.TOO_LONG;
        }
        if (newPassword.equals(currentPassword)) {
            return PasswordChange.SAME_AS_CURRENT;
        }
        if (newPassword.strip().equalsIgnoreCase(store.usernameOf(account))) {
            return PasswordChange.SAME_AS_USERNAME;
        }
        store.changePassword(account, newPassword);
        return PasswordChange.CHANGED;
    }

    /** The outcome of a password change. */
    public enum PasswordChange {
        CHANGED, WRONG_CURRENT_PASSWORD, TOO_SHORT, TOO_LONG, SAME_AS_CURRENT, SAME_AS_USERNAME
    }
}
