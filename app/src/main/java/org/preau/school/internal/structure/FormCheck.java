package org.preau.school.internal.structure;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.school.internal.structure.StructureEditor.FieldError;
import org.preau.school.internal.structure.StructureEditor.Option;

/** Reads a submitted form into typed values, collecting an error per field that is wrong. */
final class FormCheck {

    private final EditableEntity entity;
    private final Map<String, List<Option>> options;
    private final Map<String, FieldError> errors = new LinkedHashMap<>();

    FormCheck(EditableEntity entity, Map<String, List<Option>> options) {
        this.entity = entity;
        this.options = options;
    }

    Map<String, FieldError> errors() {
        return errors;
    }

    Map<String, Object> values(Map<String, List<String>> form) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field field : entity.fields()) {
            List<String> raw = form.getOrDefault(field.column(), List.of());
            values.put(field.column(), field.kind().isSet() ? set(field, raw)
                    : single(field, raw.isEmpty() ? "" : raw.getFirst().strip()));
        }
        if (errors.isEmpty()) {
            for (EditableEntity.CrossCheck rule : entity.checks()) {
                rule.check(values).ifPresent(e -> errors.putIfAbsent(e.getKey(), FieldError.of(e.getValue())));
            }
        }
        return values;
    }

    private Set<Object> set(Field field, List<String> raw) {
        Set<Object> chosen = new LinkedHashSet<>();
        for (String value : raw) {
            if (value.isBlank()) {
                continue;
            }
            if (!isOption(field, value)) {
                errors.put(field.column(), FieldError.of("choice"));
                continue;
            }
            chosen.add(field.kind() == FieldKind.REF_SET ? UUID.fromString(value) : value);
        }
        return chosen;
    }

    private @Nullable Object single(Field field, String raw) {
        if (raw.isEmpty()) {
            if (field.kind() == FieldKind.BOOLEAN) {
                return Boolean.FALSE;
            }
            if (field.required()) {
                errors.put(field.column(), FieldError.of("required"));
            }
            return null;
        }
        if (field.maxLength() > 0 && raw.length() > field.maxLength()) {
            errors.put(field.column(), FieldError.of("maxLength", field.maxLength()));
            return null;
        }
        FieldKind.Parsed parsed = field.kind().parse(raw);
        if (parsed.failed()) {
            errors.put(field.column(), FieldError.of(parsed.error()));
            return null;
        }
        if (field.hasOptions() && field.kind() != FieldKind.BOOLEAN && !isOption(field, raw)) {
            errors.put(field.column(), FieldError.of("choice"));
            return null;
        }
        if (parsed.value() instanceof Integer number && field.min() != null && field.max() != null
                && (number < field.min() || number > field.max())) {
            errors.put(field.column(), FieldError.of("range", field.min(), field.max()));
            return null;
        }
        return parsed.value();
    }

    private boolean isOption(Field field, String value) {
        return options.getOrDefault(field.column(), List.of()).stream().anyMatch(o -> o.id().equals(value));
    }
}
