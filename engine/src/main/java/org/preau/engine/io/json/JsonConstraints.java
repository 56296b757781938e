package org.preau.engine.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.preau.engine.model.Constraint;
import org.preau.engine.model.ResourceRef;
import org.preau.engine.model.Slot;
import org.preau.engine.model.Weight;

/**
 * Constraints in JSON: {@code {"type": "MaxGapsPerDay", "resource": {"kind": "TEACHER", "id": "T1"}, "max": 1,
 * "weight": 95}} — the type is the model's record name and every field is a record component, so each new
 * constraint type of the model is readable and writable at once. Weight defaults to 100 (hard).
 */
final class JsonConstraints {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final Map<String, Class<?>> TYPES = Stream.of(Constraint.class.getPermittedSubclasses())
            .collect(Collectors.toMap(Class::getSimpleName, Function.identity()));

    private JsonConstraints() {
    }

    static ObjectNode write(Constraint c) {
        ObjectNode node = NODES.objectNode();
        node.put("type", c.getClass().getSimpleName());
        for (RecordComponent rc : c.getClass().getRecordComponents()) {
            node.set(rc.getName(), value(invoke(rc, c)));
        }
        return node;
    }

    private static JsonNode value(Object v) {
        return switch (v) {
            case ResourceRef r -> NODES.objectNode().put("kind", r.kind().name()).put("id", r.id());
            case Weight w -> NODES.numberNode(w.percent());
            case Slot s -> slot(s);
            case Integer i -> NODES.numberNode(i);
            case Boolean b -> NODES.booleanNode(b);
            case String s -> NODES.textNode(s);
            case Set<?> items -> array(items.stream().sorted(JsonConstraints::stableOrder).toList());
            case List<?> items -> array(items);
            default -> throw new IllegalArgumentException("cannot write " + v);
        };
    }

    static ObjectNode slot(Slot s) {
        return NODES.objectNode().put("day", s.day()).put("period", s.period());
    }

    private static ArrayNode array(List<?> items) {
        ArrayNode array = NODES.arrayNode();
        items.forEach(i -> array.add(value(i)));
        return array;
    }

    /** Sets are written sorted, so that the same problem always gives the same file. */
    static int stableOrder(Object a, Object b) {
        if (a instanceof Slot x && b instanceof Slot y) {
            return x.day() != y.day() ? Integer.compare(x.day(), y.day()) : Integer.compare(x.period(), y.period());
        }
        return a.toString().compareTo(b.toString());
    }

    static Constraint read(JsonField f, JsonReferences refs) {
        String type = f.text("type");
        Class<?> cls = TYPES.get(type);
        if (cls == null) {
            throw f.get("type").error("unknown constraint type '" + type + "' (known: " + String.join(", ",
                    new java.util.TreeSet<>(TYPES.keySet())) + ")");
        }
        RecordComponent[] components = cls.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = read(f, components[i], refs);
        }
        try {
            return (Constraint) cls.getDeclaredConstructor(types).newInstance(args);
        } catch (InvocationTargetException e) {
            throw f.error(e.getCause().getMessage());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object read(JsonField f, RecordComponent rc, JsonReferences refs) {
        String name = rc.getName();
        Class<?> type = rc.getType();
        if (type == Weight.class) {
            JsonField w = f.get(name);
            double percent = w.present() ? f.number(name) : 100;
            if (!(percent > 0 && percent <= 100)) {
                throw w.error("weight must be in (0, 100]");
            }
            return percent >= 100 ? Weight.HARD : Weight.soft(percent);
        }
        if (type == ResourceRef.class) {
            JsonField r = f.required(name);
            String kind = r.text("kind");
            ResourceRef ref;
            try {
                ref = new ResourceRef(ResourceRef.Kind.valueOf(kind.toUpperCase(Locale.ROOT)), r.text("id"));
            } catch (IllegalArgumentException e) {
                throw r.get("kind").error("must be TEACHER, STUDENTS or ROOM");
            }
            refs.resource(ref, r.get("id"));
            return ref;
        }
        if (type == Slot.class) {
            return refs.slot(f.required(name));
        }
        if (type == int.class) {
            return f.integer(name);
        }
        if (type == boolean.class) {
            return f.bool(name, false);
        }
        if (type == String.class) {
            String text = name.equals("roomId") ? f.text(name, "") : f.text(name);
            refs.named(name, text, f.get(name));
            return text;
        }
        Type element = ((ParameterizedType) rc.getGenericType()).getActualTypeArguments()[0];
        List<Object> values = new ArrayList<>();
        for (JsonField item : f.required(name).items()) {
            if (element == Slot.class) {
                values.add(refs.slot(item));
            } else {
                String text = item.asText();
                refs.named(name, text, item);
                values.add(text);
            }
        }
        return type == Set.class ? new LinkedHashSet<>(values) : values;
    }

    private static Object invoke(RecordComponent rc, Object record) {
        try {
            return rc.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
