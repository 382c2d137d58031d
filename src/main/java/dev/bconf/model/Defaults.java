package dev.bconf.model;

import dev.bconf.schema.DirectiveSchema;
import dev.bconf.syntax.ConfigReader;
import dev.bconf.syntax.DirectiveNode;
import dev.bconf.syntax.ReadOptions;
import dev.bconf.syntax.ResourceNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalogue's defaults as typed directives, read once per directive and shared by every
 * resource (a site of ten thousand clients asks for the same defaults ten thousand times).
 */
final class Defaults {

    private static final Path ORIGIN = Path.of("<catalogue default>");
    // By the catalogue's own instance: hashing a DirectiveSchema record by value, with its aliases
    // and versions, made asking for a default cost more than reading it once had.
    private static final Map<Identity, Optional<Directive>> CACHE = new ConcurrentHashMap<>();

    private record Identity(DirectiveSchema schema) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity i && i.schema == schema;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(schema);
        }
    }

    Optional<Directive> of(DirectiveSchema schema) {
        return CACHE.computeIfAbsent(new Identity(schema), key -> read(key.schema()));
    }

    private static Optional<Directive> read(DirectiveSchema schema) {
        if (schema.defaultValue().isEmpty() || isListenAddress(schema)) {
            return Optional.empty();
        }
        String text = schema.defaultValue().get();
        Optional<Value> value = switch (schema.datatype()) {
            // The catalogue writes BIT defaults as on/off, which are no valid input.
            case BOOLEAN, BIT -> Optional.of(new Value.Bool(isTrue(text)));
            default -> parse(schema, text);
        };
        return Optional.of(new Directive(schema, Origin.DEFAULT, Optional.empty(), Optional.empty(), value,
                List.of(), Optional.empty()));
    }

    /**
     * The catalogue's default of a listen or source address is the port it applies to every
     * address ({@code 9101}, {@code 0}), as Bareos's table keeps it; read as an address it would
     * name a host "9101". The port is the Port directive's own default, and no address written
     * means every address, so these directives have no default value of their own.
     */
    private static boolean isListenAddress(DirectiveSchema schema) {
        return switch (schema.datatype()) {
            case ADDRESS, ADDRESSES -> true;
            default -> false;
        };
    }

    private static boolean isTrue(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "yes", "true", "on", "1" -> true;
            default -> false;
        };
    }

    private static Optional<Value> parse(DirectiveSchema schema, String text) {
        String quoted = "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        String literal = text.isEmpty() || text.contains(" ") && !isUnitValue(schema) ? quoted : text;
        ConfigReader.ParsedText parsed = ConfigReader.readText(ORIGIN, "X {\n" + schema.name() + " = " + literal
                + "\n}\n", Path.of("."), ReadOptions.defaults());
        Optional<DirectiveNode> node = parsed.file().resources().stream().map(ResourceNode::directives)
                .flatMap(List::stream).findFirst();
        return node.flatMap(n -> ValueParser.parse(schema.datatype().name(), n, ValueContext.none()).value());
    }

    private static boolean isUnitValue(DirectiveSchema schema) {
        return switch (schema.datatype()) {
            case TIME, SIZE32, SIZE64, SPEED, MAX_BLOCKSIZE -> true;
            default -> false;
        };
    }
}
