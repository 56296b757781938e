package org.preau.school;

/**
 * A room (salle).
 *
 * @param kind CLASSROOM, LAB, GYM, COMPUTER_ROOM, ART_ROOM, MUSIC_ROOM, TECHNOLOGY, CDI or OTHER
 */
public record RoomView(RoomId id, String name, String kind, int capacity) {
}
