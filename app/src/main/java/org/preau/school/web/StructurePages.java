package org.preau.school.web;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.preau.platform.CurrentMember;
import org.preau.platform.Member;
import org.preau.school.internal.structure.EditableEntity;
import org.preau.school.internal.structure.Field;
import org.preau.school.internal.structure.FieldKind;
import org.preau.school.internal.structure.StructureCatalog;
import org.preau.school.internal.structure.StructureEditor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The direction's pages to manage the school's structure: one list and one form per table of the catalog. */
@Controller
class StructurePages {

    private final StructureEditor editor;
    private final MessageSource messages;

    StructurePages(StructureEditor editor, MessageSource messages) {
        this.editor = editor;
        this.messages = messages;
    }

    @GetMapping("/school")
    String index(Model model) {
        editor.requireDirection(CurrentMember.require());
        model.addAttribute("entities", StructureCatalog.ENTITIES);
        return "school/index";
    }

    @GetMapping("/school/{key}")
    String list(@PathVariable String key, Model model, Locale locale) {
        Member member = CurrentMember.require();
        EditableEntity entity = entity(key);
        model.addAttribute("entity", entity);
        model.addAttribute("rows", editor.list(member, entity).stream()
                .map(row -> translated(entity, row, locale)).toList());
        return "school/list";
    }

    @GetMapping("/school/{key}/new")
    String create(@PathVariable String key, Model model) {
        EditableEntity entity = creatable(key);
        return form(model, CurrentMember.require(), entity, null, Map.of(), Map.of());
    }

    @GetMapping("/school/{key}/{id}")
    String edit(@PathVariable String key, @PathVariable String id, Model model) {
        Member member = CurrentMember.require();
        EditableEntity entity = entity(key);
        Map<String, Object> values = editor.load(member, entity, id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return form(model, member, entity, id, values, Map.of());
    }

    @PostMapping("/school/{key}/new")
    String saveNew(@PathVariable String key, @RequestParam MultiValueMap<String, String> form, Model model,
                   Locale locale) {
        return save(creatable(key), null, form, model, locale);
    }

    @PostMapping("/school/{key}/{id}")
    String saveExisting(@PathVariable String key, @PathVariable String id,
                        @RequestParam MultiValueMap<String, String> form, Model model, Locale locale) {
        return save(entity(key), id, form, model, locale);
    }

    /** Fixed choices and yes/no shown in the user's language. */
    private StructureEditor.Row translated(EditableEntity entity, StructureEditor.Row row, Locale locale) {
        Map<String, String> cells = new LinkedHashMap<>();
        row.cells().forEach((column, value) -> {
            FieldKind kind = entity.field(column).kind();
            String shown = value;
            if (kind == FieldKind.BOOLEAN) {
                shown = messages.getMessage("true".equals(value) ? "school.yes" : "school.no", null, locale);
            } else if ((kind == FieldKind.CHOICE || kind == FieldKind.CHOICE_SET) && !value.isEmpty()) {
                shown = java.util.Arrays.stream(value.split(", "))
                        .map(v -> messages.getMessage("school.choice." + v, null, v, locale))
                        .collect(java.util.stream.Collectors.joining(", "));
            }
            cells.put(column, shown);
        });
        return new StructureEditor.Row(row.id(), cells);
    }

    private String save(EditableEntity entity, @Nullable String id, MultiValueMap<String, String> form, Model model,
                        Locale locale) {
        Member member = CurrentMember.require();
        StructureEditor.SaveResult result = editor.save(member, entity, id, form);
        if (result.saved()) {
            return "redirect:/school/" + entity.key() + "?saved";
        }
        Map<String, String> errors = new LinkedHashMap<>();
        result.errors().forEach((column, error) -> errors.put(column, message(column, error, locale)));
        return form(model, member, entity, id, submitted(entity, form), errors);
    }

    private String form(Model model, Member member, EditableEntity entity, @Nullable String id,
                        Map<String, Object> values, Map<String, String> errors) {
        model.addAttribute("entity", entity);
        model.addAttribute("id", id);
        model.addAttribute("values", values);
        model.addAttribute("options", editor.options(member, entity));
        model.addAttribute("errors", errors);
        model.addAttribute("action", "/school/" + entity.key() + "/" + (id == null ? "new" : id));
        return "school/form";
    }

    /** What the user typed, to show it again next to the errors. */
    private static Map<String, Object> submitted(EditableEntity entity, MultiValueMap<String, String> form) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field field : entity.fields()) {
            List<String> raw = form.getOrDefault(field.column(), List.of());
            values.put(field.column(), field.kind().isSet() ? new LinkedHashSet<>(raw)
                    : raw.isEmpty() ? "" : field.kind() == FieldKind.BOOLEAN
                    ? "true" : raw.getFirst());
        }
        return values;
    }

    private String message(String column, StructureEditor.FieldError error, Locale locale) {
        String label = messages.getMessage("school.field." + column, null, column, locale);
        Object[] args = new Object[error.args().size() + 1];
        args[0] = label;
        for (int i = 0; i < error.args().size(); i++) {
            args[i + 1] = error.args().get(i);
        }
        return messages.getMessage("school.error." + error.code(), args, locale);
    }

    private static EditableEntity entity(String key) {
        return StructureCatalog.find(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private EditableEntity creatable(String key) {
        EditableEntity entity = entity(key);
        editor.requireDirection(CurrentMember.require());
        if (!entity.creatable()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return entity;
    }
}
