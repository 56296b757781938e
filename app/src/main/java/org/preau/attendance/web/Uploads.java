package org.preau.attendance.web;

import java.io.IOException;

import org.jspecify.annotations.Nullable;
import org.preau.attendance.internal.JustificationDocuments;
import org.springframework.web.multipart.MultipartFile;

final class Uploads {

    private Uploads() {
    }

    /** The uploaded file, or null when the form was sent without one. */
    static JustificationDocuments.@Nullable Upload of(@Nullable MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            return null;
        }
        String name = file.getOriginalFilename();
        return new JustificationDocuments.Upload(name == null ? "" : name, file.getSize(), file.getInputStream());
    }
}
