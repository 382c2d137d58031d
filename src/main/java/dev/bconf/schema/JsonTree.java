package dev.bconf.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A read-only JSON tree built with jackson-core's streaming parser. The catalogue is read at
 * every start; building Jackson's object mapper for it cost a third of a second of each run.
 */
final class JsonTree {

    private static final JsonTree MISSING = new JsonTree(null);

    private final Object value;

    private JsonTree(Object value) {
        this.value = value;
    }

    static JsonTree parse(InputStream in) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(in)) {
            p.nextToken();
            return new JsonTree(read(p));
        }
    }

    private static Object read(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Map<String, Object> map = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                map.put(name, read(p));
            }
            return map;
        }
        if (t == JsonToken.START_ARRAY) {
            List<Object> list = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                list.add(read(p));
            }
            return list;
        }
        return switch (t) {
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NUMBER_INT -> p.getLongValue();
            case VALUE_NULL -> null;
            default -> p.getText();
        };
    }

    /** The member, or a missing node. */
    JsonTree path(String field) {
        return value instanceof Map<?, ?> m && m.containsKey(field) ? new JsonTree(m.get(field)) : MISSING;
    }

    boolean has(String field) {
        return value instanceof Map<?, ?> m && m.containsKey(field);
    }

    /** The members of an object in order; none for anything else. */
    List<Map.Entry<String, JsonTree>> properties() {
        List<Map.Entry<String, JsonTree>> out = new ArrayList<>();
        if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.add(Map.entry((String) k, new JsonTree(v))));
        }
        return out;
    }

    /** Each element of an array. */
    void forEach(Consumer<JsonTree> action) {
        if (value instanceof List<?> l) {
            l.forEach(v -> action.accept(new JsonTree(v)));
        }
    }

    String asText() {
        return value == null ? "" : String.valueOf(value);
    }

    int asInt(int fallback) {
        return value instanceof Number n ? n.intValue() : fallback;
    }

    boolean asBoolean(boolean fallback) {
        return value instanceof Boolean b ? b : fallback;
    }

    @Override
    public String toString() {
        return asText();
    }
}
