package org.gazette.schemas;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gazette.content.model.ContentModel;
import org.gazette.content.model.DataFile;
import org.gazette.content.model.Field;
import org.gazette.content.model.Shape;

/**
 * Turns the content model into JSON Schemas (draft-07, the version the VS Code YAML extension
 * supports most completely), one file per front matter kind and per data file.
 */
public final class JsonSchemas {

    /** The schema of a notice's or plan's front matter. */
    public static final String DOCUMENT = "document.schema.json";
    /** The schema of a plain page's front matter (no date or agencies needed). */
    public static final String PAGE = "page.schema.json";

    private static final String DRAFT = "http://json-schema.org/draft-07/schema#";
    private static final String DATE = "^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$";
    private static final String MOMENT = "^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([ T]+[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?)?$";
    private static final String URL = "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s]+$";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Two-space indents and {@code "key": value}, as hand-written JSON in editors' projects reads. */
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    /** Every schema by file name, in a fixed order. */
    public Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(DOCUMENT, text(root("通知、实施方案的 front matter（content/notices/、content/plans/ 下的文档）",
                shape(ContentModel.DOCUMENT, false))));
        files.put(PAGE, text(root("页面的 front matter（content/ 下通知、方案以外的文档，例如关于本站）",
                shape(ContentModel.DOCUMENT, true))));
        for (DataFile file : ContentModel.DATA_FILES) {
            files.put(schemaName(file), text(root(file.description(), dataFile(file))));
        }
        return files;
    }

    /** The schema file name of a data file, e.g. {@code agencies.schema.json}. */
    public static String schemaName(DataFile file) {
        return file.name().replaceFirst("\\.yaml$", "") + ".schema.json";
    }

    private ObjectNode root(String title, ObjectNode body) {
        ObjectNode root = nodes.objectNode();
        root.put("$schema", DRAFT);
        root.put("title", title);
        root.setAll(body);
        return root;
    }

    private ObjectNode dataFile(DataFile file) {
        if (!file.keyed()) {
            return shape(file.entry(), false);
        }
        ObjectNode map = nodes.objectNode();
        map.put("type", "object");
        map.put("description", file.description());
        map.putObject("propertyNames").put("pattern", "^" + ContentModel.ID_PATTERN + "$")
                .put("description", "编号只能由英文字母、数字、“-”和“_”组成");
        map.set("additionalProperties", shape(file.entry(), false));
        return map;
    }

    private ObjectNode shape(Shape shape, boolean page) {
        ObjectNode object = nodes.objectNode();
        object.put("type", "object");
        object.put("description", shape.description());
        ObjectNode properties = object.putObject("properties");
        List<String> required = new ArrayList<>();
        for (Field field : shape.fields()) {
            properties.set(field.name(), field(field, !field.requiredIn(page)));
            if (field.requiredIn(page)) {
                required.add(field.name());
            }
        }
        if (!required.isEmpty()) {
            ArrayNode list = object.putArray("required");
            required.forEach(list::add);
        }
        object.put("additionalProperties", false);
        return object;
    }

    /** A field's schema; an optional field may also be left empty ({@code summary:}), which the readers treat as absent. */
    private ObjectNode field(Field field, boolean mayBeEmpty) {
        ObjectNode schema = nodes.objectNode();
        schema.put("description", description(field));
        switch (field.kind()) {
            case TEXT -> schema.set("type", scalarTypes());
            case TEXTS -> {
                ArrayNode types = scalarTypes().add("array");
                schema.set("type", types);
                schema.putObject("items").set("type", scalarTypes());
            }
            case DATE -> schema.put("type", "string").put("pattern", DATE);
            case MOMENT -> schema.put("type", "string").put("pattern", MOMENT);
            case FLAG -> {
                ArrayNode values = schema.putArray("enum");
                values.add(true).add(false).add("是").add("否");
            }
            case CHOICE -> {
                ArrayNode values = schema.putArray("enum");
                field.choices().forEach(values::add);
            }
            case YEAR -> {
                schema.set("type", nodes.arrayNode().add("integer").add("string"));
                schema.put("pattern", "^[0-9]{4}$").put("minimum", 1000).put("maximum", 9999);
            }
            case URL -> schema.put("type", "string").put("pattern", URL);
            case IDS -> {
                ObjectNode id = nodes.objectNode().put("type", "string").put("pattern", "^" + ContentModel.ID_PATTERN + "$");
                schema.set("type", nodes.arrayNode().add("string").add("array"));
                schema.put("pattern", "^" + ContentModel.ID_PATTERN + "$");
                schema.set("items", id);
            }
            case ITEMS -> {
                schema.put("type", "array");
                if (field.items().size() == 1) {
                    schema.set("items", shape(field.items().get(0), false));
                } else {
                    ArrayNode choices = schema.putObject("items").putArray("anyOf");
                    field.items().forEach(s -> choices.add(shape(s, false)));
                }
            }
            case MAPPING -> {
                ObjectNode shape = shape(field.items().get(0), false);
                shape.remove("description");
                schema.setAll(shape);
            }
            default -> throw new IllegalStateException("no schema for " + field.kind());
        }
        if (mayBeEmpty) {
            allowNull(schema);
        }
        return schema;
    }

    private void allowNull(ObjectNode schema) {
        if (schema.has("enum")) {
            ((ArrayNode) schema.get("enum")).addNull();
        } else if (schema.get("type").isArray()) {
            ((ArrayNode) schema.get("type")).add("null");
        } else {
            schema.set("type", nodes.arrayNode().add(schema.get("type").asText()).add("null"));
        }
    }

    /** The tooltip: meaning, whether required, and an example as it is written in YAML. */
    private static String description(Field field) {
        String need = switch (field.need()) {
            case REQUIRED -> "（必填）";
            case REQUIRED_IN_DOCUMENTS -> "（通知、方案必填）";
            case OPTIONAL -> "";
        };
        return field.description() + need + (field.example() == null ? "" : "。例如 " + field.name() + ": " + field.example());
    }

    private ArrayNode scalarTypes() {
        return nodes.arrayNode().add("string").add("number").add("boolean");
    }

    private static String text(JsonNode schema) {
        try {
            return JSON.writer(PRETTY).writeValueAsString(schema) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
