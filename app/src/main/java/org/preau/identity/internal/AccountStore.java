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

    /** Whether {@code rawPassword} is the account's current password. */
    public boolean passwordMatches(AccountId id, String rawPassword) {
        return accounts.findById(id.value())
                .map(account -> passwords.matches(rawPassword, account.passwordHash()))
                .orElse(false);
    }

    /** Replaces the password; also clears any failed sign-ins and lock. */
    public void changePassword(AccountId id, String rawPassword) {
        Account account = accounts.findById(id.value()).orElseThrow();
        accounts.save(account.withPasswordHash(passwords.encode(rawPassword)));
    }

    public String usernameOf(AccountId id) {
        return accounts.findById(id.value()).orElseThrow().username();
    }
}
