package dev.bconf.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bconf.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads an exported value back into the model's value, for the round trip. The model value
 * says which kind to expect; the JSON must have that kind's documented form exactly, or
 * reading fails.
 */
final class ExportedValue {

    private ExportedValue() {
    }

    static Value read(JsonNode json, Value like) {
        if (like instanceof Value.Bool) {
            return new Value.Bool(expect(json, json.isBoolean(), "a boolean").booleanValue());
        } else if (like instanceof Value.Duration) {
            return new Value.Duration(integer(json.get("seconds")));
        } else if (like instanceof Value.Size) {
            return new Value.Size(unsigned(json));
        } else if (like instanceof Value.Speed) {
            return new Value.Speed(unsigned(json));
        } else if (like instanceof Value.Int) {
            return new Value.Int(integer(json));
        } else if (like instanceof Value.Port) {
            return port(json);
        } else if (like instanceof Value.Address) {
            return address(json);
        } else if (like instanceof Value.Addresses) {
            List<Value.Addresses.Listen> entries = new ArrayList<>();
            for (JsonNode e : json) {
                entries.add(new Value.Addresses.Listen(family(e.get("family")),
                        Optional.ofNullable(e.get("address")).map(ExportedValue::address),
                        Optional.ofNullable(e.get("port")).map(ExportedValue::port)));
            }
            return new Value.Addresses(entries);
        } else if (like instanceof Value.Messages) {
            List<Value.Messages.MessageType> types = strings(json.get("types")).stream()
                    .map(t -> new Value.Messages.MessageType(t.replaceFirst("^!", ""), t.startsWith("!"))).toList();
            return new Value.Messages(strings(json.get("destinations")), types);
        } else if (like instanceof Value.ScheduleRun) {
            List<Value.ScheduleRun.Setting> settings = new ArrayList<>();
            json.get("settings").forEach(s -> settings.add(new Value.ScheduleRun.Setting(text(s.get("name")),
                    text(s.get("value")))));
            return new Value.ScheduleRun(settings, strings(json.get("when")));
        } else if (like instanceof Value.Password) {
            return new Value.Password(Value.Password.Encoding.valueOf(upper(json.get("encoding"))),
                    text(json.get("stored")));
        } else if (like instanceof Value.Opaque) {
            return new Value.Opaque(text(json.get("text")), text(json.get("reason")));
        }
        return word(json, like);
    }

    /** The kinds written as one string or a list of strings. */
    private static Value word(JsonNode json, Value like) {
        if (like instanceof Value.Name) {
            return new Value.Name(text(json));
        } else if (like instanceof Value.Text) {
            return new Value.Text(text(json));
        } else if (like instanceof Value.Directory) {
            return new Value.Directory(text(json));
        } else if (like instanceof Value.ResourceRef) {
            return new Value.ResourceRef(text(json));
        } else if (like instanceof Value.DeviceName) {
            return new Value.DeviceName(text(json));
        } else if (like instanceof Value.Choice) {
            return new Value.Choice(text(json));
        } else if (like instanceof Value.FileSetOption o) {
            // The option is the directive, which the export names; only the value is written.
            return new Value.FileSetOption(o.option(), text(json));
        } else if (like instanceof Value.ResourceList) {
            return new Value.ResourceList(strings(json));
        } else if (like instanceof Value.StringList) {
            return new Value.StringList(strings(json));
        } else if (like instanceof Value.Acl) {
            return new Value.Acl(strings(json));
        } else if (like instanceof Value.PluginNames) {
            return new Value.PluginNames(strings(json));
        }
        throw new AssertionError("no reader for " + like.getClass().getSimpleName());
    }

    private static Value.Port port(JsonNode json) {
        if (json.isInt()) {
            return new Value.Port(Integer.toString(json.intValue()), OptionalInt.of(json.intValue()));
        }
        return new Value.Port(text(json), OptionalInt.empty());
    }

    private static Value.Address address(JsonNode json) {
        JsonNode literal = json.get("literal");
        return new Value.Address(text(json.get("host")), family(json.get("family")),
                expect(literal, literal.isBoolean(), "a boolean").booleanValue());
    }

    private static Value.IpFamily family(JsonNode json) {
        return Value.IpFamily.valueOf(upper(json));
    }

    private static long integer(JsonNode json) {
        return expect(json, json.isIntegralNumber(), "a whole number").longValue();
    }

    /** Sizes and speeds are unsigned 64-bit; the model keeps their upper half as negatives. */
    private static long unsigned(JsonNode json) {
        return expect(json, json.isIntegralNumber(), "a whole number").bigIntegerValue().longValue();
    }

    private static String text(JsonNode json) {
        return expect(json, json.isTextual(), "a string").textValue();
    }

    private static String upper(JsonNode json) {
        return text(json).toUpperCase(Locale.ROOT);
    }

    private static List<String> strings(JsonNode json) {
        expect(json, json.isArray(), "an array");
        List<String> out = new ArrayList<>();
        json.forEach(e -> out.add(text(e)));
        return out;
    }

    private static JsonNode expect(JsonNode json, boolean ok, String what) {
        if (!ok) {
            throw new AssertionError("expected " + what + ", got " + json);
        }
        return json;
    }
}
