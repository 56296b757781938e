package org.preau.reportcards.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Préau's schema of the LSU export ({@code reportcards/lsun-bilans.xsd}): every export is checked before it leaves. */
@Component
public class LsuSchema {

    /** An export that does not match the schema: a bug in Préau, reported with where the document breaks it. */
    public static class InvalidExportException extends IllegalStateException {
        InvalidExportException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Schema schema;

    LsuSchema() throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        this.schema = factory.newSchema(new StreamSource(
                LsuSchema.class.getResource("/reportcards/lsun-bilans.xsd").toExternalForm()));
    }

    /** Returns the document when it matches the schema; otherwise throws, naming the line and the rule broken. */
    public byte[] requireValid(byte[] document) {
        Validator validator = schema.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(new ByteArrayInputStream(document)));
            return document;
        } catch (SAXParseException e) {
            throw new InvalidExportException("LSU export, line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + e.getMessage(), e);
        } catch (SAXException | IOException e) {
            throw new InvalidExportException("LSU export: " + e.getMessage(), e);
        }
    }
}
