/**
 * Shared kernel: tenancy (the current school), the database (embedded PostgreSQL by default), identifiers
 * and web infrastructure that every school concern relies on.
 */
@NullMarked
package org.preau.platform;

import org.jspecify.annotations.NullMarked;
