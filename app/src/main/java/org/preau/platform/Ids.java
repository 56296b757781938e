package org.preau.platform;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Application-generated, time-ordered identifiers (UUID version 7): rows inserted together sit together in
 * indexes, and no database sequence is needed, so ids stay unique across shards.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static UUID newId() {
        long millis = System.currentTimeMillis();
        long randA = RANDOM.nextLong();
        long randB = RANDOM.nextLong();
        long msb = (millis << 16) | 0x7000L | (randA & 0x0FFFL);
        long lsb = (randB & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
