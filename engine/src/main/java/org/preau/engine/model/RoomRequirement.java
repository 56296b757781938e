package org.preau.engine.model;

import java.util.Set;

/**
 * What room a lesson needs. {@code NONE}: no room is allocated (FET's default). Otherwise a room is chosen
 * among {@code allowedRoomIds} (any room when empty), of the given {@code roomType} (any when empty) and
 * holding at least {@code minCapacity} pupils. A fixed room is an allowed set of one. Preferred and home
 * rooms with a weight are constraints ({@link Constraint.PreferredRooms}, {@link Constraint.HomeRoom}).
 */
public record RoomRequirement(boolean needsRoom, Set<String> allowedRoomIds, String roomType, int minCapacity) {

    public static final RoomRequirement NONE = new RoomRequirement(false, Set.of(), "", 0);

    public RoomRequirement {
        allowedRoomIds = Set.copyOf(allowedRoomIds);
    }

    public static RoomRequirement fixed(String roomId) {
        return new RoomRequirement(true, Set.of(roomId), "", 0);
    }

    public static RoomRequirement anyOf(Set<String> roomIds) {
        return new RoomRequirement(true, roomIds, "", 0);
    }

    public static RoomRequirement ofType(String type, int minCapacity) {
        return new RoomRequirement(true, Set.of(), type, minCapacity);
    }
}
