package dev.bconf.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * One resource as a careful administrator writes it: one directive per line, nested
 * blocks ({@code Include}, {@code Options}, {@code RunScript}) indented by two spaces.
 */
final class Res {

    private final String type;
    private final String name;
    private final List<String> comments = new ArrayList<>();
    private final List<Object> items = new ArrayList<>();

    private record Line(String keyword, String value) {
    }

    private Res(String type, String name) {
        this.type = type;
        this.name = name;
    }

    /** A resource with its {@code Name}, quoted when {@code quoteName} is set. */
    static Res of(String type, String name, boolean quoteName) {
        Res r = new Res(type, name);
        r.set("Name", quoteName ? quote(name) : name);
        return r;
    }

    /** A nested block without a name, such as {@code Include} or {@code Options}. */
    static Res block(String type) {
        return new Res(type, "");
    }

    String type() {
        return type;
    }

    String name() {
        return name;
    }

    /** Adds {@code keyword = value} with the value written as given. */
    Res set(String keyword, Object value) {
        items.add(new Line(keyword, String.valueOf(value)));
        return this;
    }

    /** Adds {@code keyword = "value"}. */
    Res quoted(String keyword, String value) {
        return set(keyword, quote(value));
    }

    /** Adds a nested block. */
    Res nest(Res body) {
        items.add(body);
        return this;
    }

    /** A comment line written above the resource. */
    Res comment(String text) {
        comments.add(text);
        return this;
    }

    static String quote(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    String render() {
        StringBuilder out = new StringBuilder(64 * (items.size() + 2));
        for (String c : comments) {
            out.append("# ").append(c).append('\n');
        }
        appendTo(out, "");
        return out.toString();
    }

    private void appendTo(StringBuilder out, String indent) {
        out.append(indent).append(type).append(" {\n");
        String inner = indent + "  ";
        for (Object item : items) {
            if (item instanceof Line l) {
                out.append(inner).append(l.keyword).append(" = ").append(l.value).append('\n');
            } else {
                ((Res) item).appendTo(out, inner);
            }
        }
        out.append(indent).append("}\n");
    }
}
