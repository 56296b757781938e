package org.preau.identity;

import java.util.Locale;

import org.preau.identity.internal.AccountStore;
import org.preau.platform.Ids;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts and changes passwords. */
@Service
public class AccountManagement {

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
}
