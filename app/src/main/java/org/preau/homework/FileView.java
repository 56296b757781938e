package org.preau.homework;

import java.util.UUID;

/** A file shown in a list: its id (of an attachment, a submission or a correction), name, type and size. */
public record FileView(UUID id, String fileName, String contentType, long size) {
}
