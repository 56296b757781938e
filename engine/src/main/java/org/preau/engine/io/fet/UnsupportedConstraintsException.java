package org.preau.engine.io.fet;

import java.util.Map;

/**
 * The file has active 100% constraints of types the engine cannot enforce; solving it anyway would silently
 * drop a hard rule. {@code countsByType} says how many of each.
 */
public class UnsupportedConstraintsException extends RuntimeException {

    private final transient Map<String, Integer> countsByType;

    public UnsupportedConstraintsException(String file, Map<String, Integer> countsByType) {
        super(file + ": unsupported hard (100%) constraint types: " + countsByType);
        this.countsByType = Map.copyOf(countsByType);
    }

    public Map<String, Integer> countsByType() {
        return countsByType;
    }
}
