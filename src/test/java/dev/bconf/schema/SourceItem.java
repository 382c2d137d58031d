package dev.bconf.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One directive entry of a Bareos catalogue file, with the description reduced to the one
 * fact the generator needs from it: the name an alias entry points at.
 */
record SourceItem(
        String name,
        String datatype,
        int code,
        boolean equalsSign,
        Optional<String> defaultValue,
        boolean required,
        boolean alias,
        boolean deprecated,
        boolean platformSpecific,
        Optional<String> versions,
        Optional<String> aliasHint) {

    // "This is an alias for "Port", ...", "Alias for Address.", "Alias of "Connection From
    // Client To Director".", "... deprecated in favor of "Full Max Runtime"."
    private static final Pattern ALIAS_TARGET =
            Pattern.compile("(?:[Aa]lias (?:for|of)|in favou?r of) \"?([A-Za-z][A-Za-z ]*[A-Za-z])");

    static SourceItem read(String name, JsonNode node) {
        return new SourceItem(
                name,
                node.path("datatype").asText(),
                node.path("code").asInt(),
                node.path("equals").asBoolean(true),
                text(node, "default_value"),
                node.path("required").asBoolean(false),
                node.path("alias").asBoolean(false),
                node.path("deprecated").asBoolean(false),
                node.path("platform_specific").asBoolean(false),
                text(node, "versions").filter(v -> !v.isEmpty()),
                text(node, "description").flatMap(SourceItem::aliasTarget));
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    private static Optional<String> aliasTarget(String description) {
        Matcher m = ALIAS_TARGET.matcher(description);
        return m.find() ? Optional.of(m.group(1).replace(" ", "")) : Optional.empty();
    }

    /** The left side of {@code versions} ({@code 16.2.2} in {@code "16.2.2-"} or {@code "16.2.2"}). */
    Optional<String> introducedIn() {
        return versions.map(v -> v.contains("-") ? v.substring(0, v.indexOf('-')) : v).filter(v -> !v.isEmpty());
    }

    /** The right side of {@code versions}: the release that deprecated it ({@code 23.0.0} in {@code "-23.0.0"}). */
    Optional<String> deprecatedIn() {
        return versions.filter(v -> v.contains("-"))
                .map(v -> v.substring(v.indexOf('-') + 1))
                .filter(v -> !v.isEmpty());
    }
}
