package dev.bconf.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.bconf.diagnostic.Severity;
import dev.bconf.schema.BareosVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code .bconf.yaml}, the command line's settings kept with a project:
 *
 * <pre>
 * rules:
 *   disable: [BC215]
 *   enable: [BC004]
 *   severity: {BC201: error}
 * fail-on: warning
 * sysroot: hosts            # relative to this file's folder
 * bareos-version: 23
 * host-versions: {web1: 22.1.8}
 * </pre>
 *
 * Unknown keys and bad values are refused rather than ignored, so that a typo does not
 * silently check less. The only class outside the report and schema packages that uses
 * Jackson: the settings are the command line's, not the library's, which takes them as
 * {@code LoadOptions} and {@code RulePolicy}.
 */
final class ProjectFile {

    static final String NAME = ".bconf.yaml";

    private static final List<String> KEYS = List.of("rules", "fail-on", "sysroot", "bareos-version", "host-versions");
    private static final List<String> RULE_KEYS = List.of("disable", "enable", "severity");

    /** A project file that cannot be used; the message names the file and the key. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message);
        }
    }

    private final Path file;

    private ProjectFile(Path file) {
        this.file = file;
    }

    /** The nearest {@value #NAME} in {@code directory} or a folder above it. */
    static Optional<Path> find(Path directory) {
        for (Path dir = directory.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads and checks the settings of {@code file}.
     *
     * @throws Invalid     when it does not exist, is not YAML, or holds an unknown key or a bad value
     * @throws IOException when it exists but cannot be read
     */
    static ProjectSettings read(Path file) throws Invalid, IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        JsonNode root;
        try {
            root = yaml.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new Invalid(file + ": no such file");
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            throw new Invalid(file + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                    + ": not valid YAML: " + e.getOriginalMessage());
        }
        return new ProjectFile(file).settings(root);
    }

    private ProjectSettings settings(JsonNode root) throws Invalid {
        if (root == null || root.isMissingNode() || root.isNull()) {
            return new ProjectSettings(Optional.of(file), Set.of(), Set.of(), Map.of(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Map.of());
        }
        knownKeys(root, "", KEYS);
        JsonNode rules = root.path("rules");
        if (!rules.isMissingNode()) {
            knownKeys(rules, "rules.", RULE_KEYS);
        }
        Map<String, Severity> severities = new HashMap<>();
        for (Map.Entry<String, String> e : strings(rules.path("severity"), "rules.severity").entrySet()) {
            String where = "rules.severity." + e.getKey();
            severities.put(ruleId(e.getKey(), where), Severity.fromLabel(e.getValue())
                    .orElseThrow(() -> bad(where, e.getValue(), "a level: error, warning or info")));
        }
        Map<String, BareosVersion> hostVersions = new HashMap<>();
        for (Map.Entry<String, String> e : strings(root.path("host-versions"), "host-versions").entrySet()) {
            hostVersions.put(e.getKey(), version(e.getValue(), "host-versions." + e.getKey()));
        }
        Optional<String> failOn = scalar(root.path("fail-on"), "fail-on");
        Optional<String> sysroot = scalar(root.path("sysroot"), "sysroot");
        Optional<String> bareosVersion = scalar(root.path("bareos-version"), "bareos-version");
        Optional<BareosVersion> version = Optional.empty();
        if (bareosVersion.isPresent()) {
            version = Optional.of(version(bareosVersion.get(), "bareos-version"));
        }
        Optional<FailOn> level = Optional.empty();
        if (failOn.isPresent()) {
            level = Optional.of(FailOn.fromLabel(failOn.get())
                    .orElseThrow(() -> bad("fail-on", failOn.get(), "error, warning, info or never")));
        }
        Path folder = file.toAbsolutePath().normalize().getParent();
        return new ProjectSettings(Optional.of(file), ruleIds(rules.path("disable"), "rules.disable"),
                ruleIds(rules.path("enable"), "rules.enable"), severities, level,
                sysroot.map(folder::resolve), version, hostVersions);
    }

    private void knownKeys(JsonNode node, String prefix, List<String> known) throws Invalid {
        String where = prefix.isEmpty() ? "the top level" : prefix.substring(0, prefix.length() - 1);
        if (!node.isObject()) {
            throw new Invalid(file + ": " + where + " must be a mapping of " + String.join(", ", known));
        }
        for (String key : (Iterable<String>) node::fieldNames) {
            if (!known.contains(key)) {
                throw new Invalid(file + ": unknown key `" + prefix + key + "`; " + where + " takes "
                        + String.join(", ", known));
            }
        }
    }

    private Set<String> ruleIds(JsonNode list, String where) throws Invalid {
        Set<String> ids = new LinkedHashSet<>();
        if (list.isMissingNode()) {
            return ids;
        }
        if (!list.isArray()) {
            throw new Invalid(file + ": " + where + " must be a list of rule ids, e.g. [BC201, BC215]");
        }
        for (JsonNode item : list) {
            if (!item.isTextual()) {
                throw bad(where, item.toString(), "a rule id such as BC201");
            }
            ids.add(ruleId(item.asText(), where));
        }
        return ids;
    }

    private String ruleId(String written, String where) throws Invalid {
        return RuleOptions.ruleId(written).orElseThrow(() -> bad(where, written, "a rule id such as BC201 "
                + "(`bconf rules` lists them)"));
    }

    private BareosVersion version(String written, String where) throws Invalid {
        try {
            return BareosVersion.parse(written);
        } catch (IllegalArgumentException e) {
            throw bad(where, written, "a Bareos version such as 22, 22.1 or 22.1.8");
        }
    }

    private Map<String, String> strings(JsonNode map, String where) throws Invalid {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        if (map.isMissingNode()) {
            return out;
        }
        if (!map.isObject()) {
            throw new Invalid(file + ": " + where + " must be a mapping");
        }
        for (Map.Entry<String, JsonNode> e : map.properties()) {
            out.put(e.getKey(), scalar(e.getValue(), where + "." + e.getKey()).orElse(""));
        }
        return out;
    }

    /** A scalar as written: YAML reads 22.10 as a number, which as a version must stay 22.10. */
    private Optional<String> scalar(JsonNode node, String where) throws Invalid {
        if (node.isMissingNode()) {
            return Optional.empty();
        }
        if (node.isNumber()) {
            return Optional.of(node.decimalValue().toPlainString());
        }
        if (!node.isValueNode() || node.isNull()) {
            throw new Invalid(file + ": " + where + " must be a single value");
        }
        return Optional.of(node.asText());
    }

    private Invalid bad(String where, String value, String expected) {
        return new Invalid(file + ": " + where + ": `" + value + "` is not " + expected);
    }
}
