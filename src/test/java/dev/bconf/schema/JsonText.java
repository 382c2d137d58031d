package dev.bconf.schema;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes a tree of maps, lists, strings, numbers and booleans as JSON: one line per object
 * entry down to a given depth, compact below it and for every list, so that the bundled
 * files stay small and a catalogue update shows as a readable diff (one directive per line).
 */
final class JsonText {

    private final int expandedDepth;
    private final StringBuilder out = new StringBuilder();

    private JsonText(int expandedDepth) {
        this.expandedDepth = expandedDepth;
    }

    /** The JSON text of {@code tree}, objects nested {@code expandedDepth} deep or deeper on one line. */
    static String write(Object tree, int expandedDepth) {
        JsonText text = new JsonText(expandedDepth);
        text.value(tree, 0);
        return text.out.append('\n').toString();
    }

    private void value(Object value, int depth) {
        if (value instanceof Map<?, ?> map) {
            container('{', '}', map.entrySet().iterator(), depth < expandedDepth, depth, e -> {
                string(String.valueOf(e.getKey()));
                out.append(depth < expandedDepth ? ": " : ":");
                value(e.getValue(), depth + 1);
            });
        } else if (value instanceof List<?> list) {
            container('[', ']', list.iterator(), false, depth, v -> value(v, depth + 1));
        } else if (value instanceof String s) {
            string(s);
        } else if (value instanceof Integer || value instanceof Boolean) {
            out.append(value);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value);
        }
    }

    private <T> void container(char open, char close, Iterator<T> items, boolean expanded, int depth,
            Consumer<T> each) {
        out.append(open);
        boolean first = true;
        while (items.hasNext()) {
            if (!first) {
                out.append(',');
            }
            if (expanded) {
                out.append('\n').append(" ".repeat(depth + 1));
            }
            each.accept(items.next());
            first = false;
        }
        if (expanded && !first) {
            out.append('\n').append(" ".repeat(depth));
        }
        out.append(close);
    }

    private void string(String s) {
        out.append('"').append(JsonStringEncoder.getInstance().quoteAsString(s)).append('"');
    }
}
