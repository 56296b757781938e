package org.preau.identity;

import java.util.UUID;

/** A global sign-in account's identifier. */
public record AccountId(UUID value) {
}
