/** Accounts and sign-in: form login with Argon2id hashes, sessions in PostgreSQL, the caller's identity. */
@NullMarked
package org.preau.identity;

import org.jspecify.annotations.NullMarked;
