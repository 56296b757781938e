package org.preau.homework.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.preau.homework.FileRejectedException;
import org.preau.homework.FileRejectedException.Reason;
import org.preau.homework.UploadedFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which files pupils and teachers may upload: documents and images a collège works with, up to a size limit,
 * whose first bytes match what their name claims (a renamed executable is not a PDF). The content type kept is
 * the one of the extension, never the browser's guess.
 */
@Component
public class FileRules {

    private record Kind(String contentType, byte @Nullable [] magic) {
    }

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("pdf", new Kind("application/pdf", new byte[]{'%', 'P', 'D', 'F'})),
            Map.entry("png", new Kind("image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G'})),
            Map.entry("jpg", new Kind("image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})),
            Map.entry("jpeg", new Kind("image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})),
            Map.entry("odt", new Kind("application/vnd.oasis.opendocument.text", ZIP)),
            Map.entry("ods", new Kind("application/vnd.oasis.opendocument.spreadsheet", ZIP)),
            Map.entry("odp", new Kind("application/vnd.oasis.opendocument.presentation", ZIP)),
            Map.entry("docx", new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP)),
            Map.entry("xlsx", new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP)),
            Map.entry("pptx", new Kind("application/vnd.openxmlformats-officedocument.presentationml.presentation", ZIP)),
            Map.entry("txt", new Kind("text/plain", null)),
            Map.entry("mp3", new Kind("audio/mpeg", null)));

    /** The extensions accepted, as shown to users. */
    public static final String ACCEPTED = "pdf, jpg, png, odt, ods, odp, docx, xlsx, pptx, txt, mp3";

    private final long maxBytes;

    FileRules(@Value("${preau.homework.max-file-bytes:10485760}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The file's content type if it is accepted; otherwise a {@link FileRejectedException} with the reason. */
    public String check(UploadedFile file) {
        if (file.size() <= 0) {
            throw new FileRejectedException(Reason.EMPTY, "The file is empty");
        }
        long maxMegabytes = maxBytes / (1024 * 1024);
        if (file.size() > maxBytes) {
            throw new FileRejectedException(Reason.TOO_LARGE,
                    "The file is larger than " + maxMegabytes + " MB", maxMegabytes);
        }
        String extension = extension(file.fileName());
        Kind kind = KINDS.get(extension);
        if (kind == null) {
            throw new FileRejectedException(Reason.TYPE_NOT_ACCEPTED,
                    "Files of type '" + extension + "' are not accepted; accepted: " + ACCEPTED, extension, ACCEPTED);
        }
        if (kind.magic() != null && !startsWith(file, kind.magic())) {
            throw new FileRejectedException(Reason.CONTENT_MISMATCH,
                    "The content of the file is not a ." + extension + " file", extension);
        }
        return kind.contentType();
    }

    /** Checks the size actually stored, which a client may have announced wrongly. */
    public void checkStoredSize(long size) {
        if (size > maxBytes) {
            long maxMegabytes = maxBytes / (1024 * 1024);
            throw new FileRejectedException(Reason.TOO_LARGE, "The file is larger than " + maxMegabytes + " MB",
                    maxMegabytes);
        }
        if (size == 0) {
            throw new FileRejectedException(Reason.EMPTY, "The file is empty");
        }
    }

    /** A file name safe to keep and to offer for download: no folders, no control characters, not too long. */
    public static String cleanName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "fichier";
        }
        return name.length() <= 200 ? name : name.substring(name.length() - 200);
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT).strip();
    }

    private static boolean startsWith(UploadedFile file, byte[] magic) {
        try (InputStream in = file.content().getInputStream()) {
            return Arrays.equals(in.readNBytes(magic.length), magic);
        } catch (IOException e) {
            return false;
        }
    }
}
