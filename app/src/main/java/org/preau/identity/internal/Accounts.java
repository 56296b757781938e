package org.preau.identity.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface Accounts extends CrudRepository<Account, UUID> {

    Optional<Account> findByUsername(String username);
}
