package org.preau.reportcards.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.preau.reportcards.ReportCardView;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Prints a report card to PDF from the very template of the HTML page ({@code reportcards/report-card}, with
 * {@code pdf} set), with DejaVu Sans embedded from the application's own resources: no system font is used.
 */
@Component
public class ReportCardPdf {

    /** The template shared by the page and the PDF. */
    public static final String TEMPLATE = "reportcards/report-card";
    private static final String FONT_FAMILY = "DejaVu Sans";

    private final ITemplateEngine templates;
    private final String css;

    ReportCardPdf(ITemplateEngine templates) {
        this.templates = templates;
        this.css = read("static/css/reportcards.css");
    }

    public byte[] render(ReportCardView card, Locale locale) {
        Context context = new Context(locale, Map.of("card", card, "pdf", true, "pdfCss", css));
        String html = templates.process(TEMPLATE, context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> open("fonts/DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> open("fonts/DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not print the report card", e);
        }
    }

    private static InputStream open(String path) {
        try {
            return new ClassPathResource(path).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("Missing resource " + path, e);
        }
    }

    private static String read(String path) {
        try (InputStream in = open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
