package org.preau.engine.io.fet;

import java.util.ArrayList;
import java.util.List;

/** A parsed XML element that remembers its line, so that import errors can point at it. */
final class XmlElement {

    final String name;
    final int line;
    final List<XmlElement> children = new ArrayList<>();
    final StringBuilder text = new StringBuilder();

    XmlElement(String name, int line) {
        this.name = name;
        this.line = line;
    }

    /** The exact text, surrounding whitespace included (FET names may end in tabs). */
    String text() {
        return text.toString();
    }

    List<XmlElement> all(String childName) {
        List<XmlElement> found = new ArrayList<>();
        for (XmlElement child : children) {
            if (child.name.equals(childName)) {
                found.add(child);
            }
        }
        return found;
    }

    XmlElement first(String childName) {
        for (XmlElement child : children) {
            if (child.name.equals(childName)) {
                return child;
            }
        }
        return null;
    }

    /** The exact text of the first such child, or {@code fallback} when absent. */
    String textOf(String childName, String fallback) {
        XmlElement child = first(childName);
        return child == null ? fallback : child.text();
    }

    List<String> textsOf(String childName) {
        List<String> texts = new ArrayList<>();
        for (XmlElement child : all(childName)) {
            texts.add(child.text());
        }
        return texts;
    }
}
