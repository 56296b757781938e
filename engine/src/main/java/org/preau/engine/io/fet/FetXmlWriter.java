package org.preau.engine.io.fet;

/** Writes FET's indented XML by hand: one element per line, text escaped, names kept exactly (whitespace included). */
final class FetXmlWriter {

    private final StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\n");
    private int depth;
    private final java.util.Deque<String> opened = new java.util.ArrayDeque<>();

    FetXmlWriter open(String element) {
        indent().append('<').append(element).append(">\n");
        depth++;
        opened.push(element);
        return this;
    }

    /** Ends a FET constraint: every constraint is active and has empty comments. */
    FetXmlWriter endConstraint() {
        return text("Active", "true").text("Comments", "").close(opened.peek());
    }

    FetXmlWriter close(String element) {
        opened.pop();
        depth--;
        indent().append("</").append(element).append(">\n");
        return this;
    }

    FetXmlWriter text(String element, Object value) {
        indent().append('<').append(element).append('>').append(escape(String.valueOf(value)))
                .append("</").append(element).append(">\n");
        return this;
    }

    FetXmlWriter raw(String line) {
        indent().append(line).append('\n');
        return this;
    }

    private StringBuilder indent() {
        return out.append("\t".repeat(Math.max(0, depth)));
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
