package org.preau.engine.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** A JSON value with its path from the document root ({@code $.lessons[3].teachers[0]}), for precise errors. */
record JsonField(String file, String path, JsonNode node) {

    JsonField get(String name) {
        return new JsonField(file, path + "." + name, node == null ? null : node.get(name));
    }

    boolean present() {
        return node != null && !node.isNull();
    }

    JsonField required(String name) {
        JsonField child = get(name);
        if (!child.present()) {
            throw child.error("is missing");
        }
        return child;
    }

    String text(String name, String fallback) {
        JsonField child = get(name);
        if (!child.present()) {
            return fallback;
        }
        if (!child.node.isTextual()) {
            throw child.error("must be a string");
        }
        return child.node.textValue();
    }

    String text(String name) {
        return required(name).asText();
    }

    String asText() {
        if (!node.isTextual()) {
            throw error("must be a string");
        }
        return node.textValue();
    }

    int integer(String name, int fallback) {
        JsonField child = get(name);
        return child.present() ? child.asInt() : fallback;
    }

    int integer(String name) {
        return required(name).asInt();
    }

    int asInt() {
        if (!node.canConvertToInt() || !node.isIntegralNumber()) {
            throw error("must be a whole number");
        }
        return node.intValue();
    }

    double number(String name) {
        JsonField child = required(name);
        if (!child.node.isNumber()) {
            throw child.error("must be a number");
        }
        return child.node.doubleValue();
    }

    boolean bool(String name, boolean fallback) {
        JsonField child = get(name);
        if (!child.present()) {
            return fallback;
        }
        if (!child.node.isBoolean()) {
            throw child.error("must be true or false");
        }
        return child.node.booleanValue();
    }

    /** The elements of an array field (empty when absent). */
    List<JsonField> items(String name) {
        JsonField child = get(name);
        return child.present() ? child.items() : List.of();
    }

    List<JsonField> items() {
        if (!node.isArray()) {
            throw error("must be an array");
        }
        List<JsonField> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            items.add(new JsonField(file, path + "[" + i + "]", node.get(i)));
        }
        return items;
    }

    List<String> texts(String name) {
        return items(name).stream().map(JsonField::asText).toList();
    }

    JsonFormatException error(String message) {
        return new JsonFormatException(file + ": " + path + ": " + message);
    }
}
