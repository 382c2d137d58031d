package dev.bconf.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.bconf.model.Value;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The JSON form of each kind of typed value in an export. Words and names become strings,
 * lists arrays, quantities numbers; values with parts become objects. Whether a password
 * may be shown is the caller's decision, taken before a value gets here.
 */
final class ValueJson {

    private ValueJson() {
    }

    static void write(JsonGenerator g, Value value) throws IOException {
        Optional<String> text = text(value);
        Optional<List<String>> words = words(value);
        if (text.isPresent()) {
            g.writeString(text.get());
        } else if (words.isPresent()) {
            strings(g, words.get());
        } else {
            structured(g, value);
        }
    }

    /** Values that are one word or text. */
    private static Optional<String> text(Value v) {
        if (v instanceof Value.Name n) {
            return Optional.of(n.value());
        } else if (v instanceof Value.Text t) {
            return Optional.of(t.value());
        } else if (v instanceof Value.Directory d) {
            return Optional.of(d.value());
        } else if (v instanceof Value.ResourceRef r) {
            return Optional.of(r.name());
        } else if (v instanceof Value.DeviceName d) {
            return Optional.of(d.name());
        } else if (v instanceof Value.Choice c) {
            return Optional.of(c.canonical());
        } else if (v instanceof Value.FileSetOption o) {
            // The option is the directive itself; its keyword as written adds nothing.
            return Optional.of(o.value());
        }
        return Optional.empty();
    }

    /** Values that are lists of words. */
    private static Optional<List<String>> words(Value v) {
        if (v instanceof Value.ResourceList r) {
            return Optional.of(r.names());
        } else if (v instanceof Value.StringList s) {
            return Optional.of(s.values());
        } else if (v instanceof Value.Acl a) {
            return Optional.of(a.entries());
        } else if (v instanceof Value.PluginNames p) {
            return Optional.of(p.names());
        }
        return Optional.empty();
    }

    private static void structured(JsonGenerator g, Value v) throws IOException {
        if (v instanceof Value.Bool b) {
            g.writeBoolean(b.value());
        } else if (v instanceof Value.Duration d) {
            g.writeStartObject();
            g.writeNumberField("seconds", d.seconds());
            g.writeStringField("text", DurationText.of(d.seconds()));
            g.writeEndObject();
        } else if (v instanceof Value.Size s) {
            unsigned(g, s.bytes());
        } else if (v instanceof Value.Speed s) {
            unsigned(g, s.bytesPerSecond());
        } else if (v instanceof Value.Int i) {
            g.writeNumber(i.value());
        } else if (v instanceof Value.Port p) {
            port(g, p);
        } else if (v instanceof Value.Address a) {
            address(g, a);
        } else if (v instanceof Value.Addresses a) {
            addresses(g, a);
        } else if (v instanceof Value.Messages m) {
            messages(g, m);
        } else if (v instanceof Value.ScheduleRun r) {
            scheduleRun(g, r);
        } else if (v instanceof Value.Password p) {
            g.writeStartObject();
            g.writeStringField("encoding", p.encoding().name().toLowerCase(Locale.ROOT));
            g.writeStringField("stored", p.stored());
            g.writeEndObject();
        } else if (v instanceof Value.Opaque o) {
            g.writeStartObject();
            g.writeStringField("text", o.text());
            g.writeStringField("reason", o.reason());
            g.writeEndObject();
        } else {
            throw new IllegalArgumentException("no JSON form for " + v.getClass().getSimpleName());
        }
    }

    /** Bareos keeps sizes and speeds unsigned; a {@code long} holds their upper half as negatives. */
    private static void unsigned(JsonGenerator g, long value) throws IOException {
        if (value < 0) {
            g.writeNumber(new BigInteger(Long.toUnsignedString(value)));
        } else {
            g.writeNumber(value);
        }
    }

    private static void port(JsonGenerator g, Value.Port p) throws IOException {
        if (p.number().isPresent()) {
            g.writeNumber(p.number().getAsInt());
        } else {
            g.writeString(p.written());
        }
    }

    private static void address(JsonGenerator g, Value.Address a) throws IOException {
        g.writeStartObject();
        g.writeStringField("host", a.host());
        g.writeStringField("family", family(a.family()));
        g.writeBooleanField("literal", a.literal());
        g.writeEndObject();
    }

    private static void addresses(JsonGenerator g, Value.Addresses a) throws IOException {
        g.writeStartArray();
        for (Value.Addresses.Listen listen : a.entries()) {
            g.writeStartObject();
            g.writeStringField("family", family(listen.family()));
            if (listen.address().isPresent()) {
                g.writeFieldName("address");
                address(g, listen.address().get());
            }
            if (listen.port().isPresent()) {
                g.writeFieldName("port");
                port(g, listen.port().get());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void messages(JsonGenerator g, Value.Messages m) throws IOException {
        g.writeStartObject();
        g.writeFieldName("destinations");
        strings(g, m.destinations());
        g.writeArrayFieldStart("types");
        for (Value.Messages.MessageType type : m.types()) {
            g.writeString((type.negated() ? "!" : "") + type.name());
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void scheduleRun(JsonGenerator g, Value.ScheduleRun r) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("settings");
        for (Value.ScheduleRun.Setting s : r.settings()) {
            g.writeStartObject();
            g.writeStringField("name", s.name());
            g.writeStringField("value", s.value());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName("when");
        strings(g, r.when());
        g.writeEndObject();
    }

    private static String family(Value.IpFamily family) {
        return family.name().toLowerCase(Locale.ROOT);
    }

    private static void strings(JsonGenerator g, List<String> values) throws IOException {
        g.writeStartArray();
        for (String s : values) {
            g.writeString(s);
        }
        g.writeEndArray();
    }
}
