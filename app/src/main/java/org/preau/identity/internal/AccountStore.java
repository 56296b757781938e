package org.preau.identity.internal;

import java.util.UUID;

import org.preau.identity.AccountId;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Writes accounts, hashing passwords on the way in. */
@Component
public class AccountStore {

    private final Accounts accounts;
    private final PasswordEncoder passwords;

    AccountStore(Accounts accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    public AccountId create(UUID id, String username, String rawPassword, String displayName) {
        accounts.save(Account.create(id, username, passwords.encode(rawPassword), displayName));
        return new AccountId(id);
    }

    public boolean exists(String username) {
        return accounts.findByUsername(username).isPresent();
    }
}
