package org.preau.platform.files;

/** A file kept by {@link FileStorage}: its key, size in bytes and SHA-256 (hex) for integrity checks. */
public record StoredFile(String key, long size, String sha256) {
}
