package org.preau.engine.io.fet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads a whole XML file into {@link XmlElement}s with line numbers (StAX, no DTDs, no external entities). */
final class XmlTreeReader {

    private XmlTreeReader() {
    }

    static XmlElement read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new FetImportException(file + ": no such file");
        }
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        try (InputStream in = Files.newInputStream(file)) {
            if (Files.size(file) == 0) {
                throw new FetImportException(file + ": empty file, not a FET file");
            }
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            Deque<XmlElement> open = new ArrayDeque<>();
            XmlElement root = null;
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        XmlElement element = new XmlElement(reader.getLocalName(), reader.getLocation().getLineNumber());
                        if (open.isEmpty()) {
                            root = element;
                        } else {
                            open.peek().children.add(element);
                        }
                        open.push(element);
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.pop();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            open.peek().text.append(reader.getText());
                        }
                    }
                    default -> {
                    }
                }
            }
            if (root == null) {
                throw new FetImportException(file + ": no XML element found, not a FET file");
            }
            return root;
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            String why = e.getMessage().replaceAll("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "")
                    .replaceAll("\\s+", " ").trim();
            throw new FetImportException(file + (line > 0 ? ":" + line : "") + ": not well-formed XML (" + why + ")");
        } catch (IOException e) {
            throw new FetImportException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }
}
