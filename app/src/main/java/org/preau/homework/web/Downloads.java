package org.preau.homework.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.preau.homework.FileDownload;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

import jakarta.servlet.http.HttpServletResponse;

/** Streams a stored file to the browser as a download (never rendered inline: no stored content runs here). */
final class Downloads {

    private Downloads() {
    }

    static void send(FileDownload file, HttpServletResponse response) throws IOException {
        response.setContentType(file.contentType());
        response.setContentLengthLong(file.size());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(file.fileName(), StandardCharsets.UTF_8).build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        try (InputStream in = file.open()) {
            in.transferTo(response.getOutputStream());
        }
    }
}
