package dev.bconf.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.bconf.diagnostic.Diagnostic;
import dev.bconf.diagnostic.RelatedLocation;
import dev.bconf.diagnostic.RuleInfo;
import dev.bconf.diagnostic.Severity;
import dev.bconf.diagnostic.SourceSpan;
import dev.bconf.lint.RuleCatalog;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SARIF 2.1.0, as code scanning services (GitHub's among them) read it: one run whose driver
 * lists the rules that reported, and one result per finding with its location, related
 * locations and a fingerprint that survives lines moving.
 */
public final class SarifWriter {

    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private final PathDisplay paths;
    private final String toolVersion;
    private final Optional<URI> documentation;

    /**
     * @param documentation where the project's files are published (the folder holding
     *                      {@code docs/}); SARIF wants absolute links, so without it rules carry
     *                      their page's path in their help text only
     */
    public SarifWriter(PathDisplay paths, String toolVersion, Optional<URI> documentation) {
        this.paths = paths;
        this.toolVersion = toolVersion;
        this.documentation = documentation;
    }

    public void write(CheckReport report, Writer out) throws IOException {
        List<RuleInfo> rules = report.diagnostics().stream().map(Diagnostic::rule).distinct()
                .sorted(java.util.Comparator.comparing(RuleInfo::id)).toList();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            driver(g, rules);
            g.writeStringField("columnKind", "unicodeCodePoints");
            g.writeArrayFieldStart("results");
            Fingerprints fingerprints = new Fingerprints(paths);
            for (Diagnostic d : report.diagnostics()) {
                result(g, d, rules.indexOf(d.rule()), fingerprints.next(d));
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
    }

    private void driver(JsonGenerator g, List<RuleInfo> rules) throws IOException {
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", "bconf");
        g.writeStringField("version", toolVersion);
        if (documentation.isPresent()) {
            g.writeStringField("informationUri", documentation.get().toString());
        }
        g.writeArrayFieldStart("rules");
        for (RuleInfo rule : rules) {
            g.writeStartObject();
            g.writeStringField("id", rule.id());
            g.writeStringField("name", rule.name());
            text(g, "shortDescription", rule.summary());
            text(g, "fullDescription", fullDescription(rule));
            if (documentation.isPresent()) {
                g.writeStringField("helpUri", documentation.get().resolve(rule.docPath()).toString());
            }
            text(g, "help", rule.summary() + " See " + rule.docPath() + ", or run `bconf rules " + rule.id() + "`.");
            g.writeObjectFieldStart("defaultConfiguration");
            g.writeStringField("level", level(rule.defaultSeverity()));
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private void result(JsonGenerator g, Diagnostic d, int ruleIndex, String fingerprint) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", d.rule().id());
        g.writeNumberField("ruleIndex", ruleIndex);
        g.writeStringField("level", level(d.severity()));
        text(g, "message", d.message());
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        physical(g, d.location());
        g.writeEndObject();
        g.writeEndArray();
        if (!d.related().isEmpty()) {
            g.writeArrayFieldStart("relatedLocations");
            int id = 1;
            for (RelatedLocation r : d.related()) {
                g.writeStartObject();
                g.writeNumberField("id", id++);
                physical(g, r.location());
                text(g, "message", r.message());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField(Fingerprints.KEY, fingerprint);
        g.writeEndObject();
        g.writeEndObject();
    }

    /** Lines and columns as bconf counts them; SARIF's end column is the one after the last character. */
    private void physical(JsonGenerator g, SourceSpan span) throws IOException {
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uri(paths.show(span.file())));
        g.writeEndObject();
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", span.line());
        g.writeNumberField("startColumn", span.column());
        g.writeNumberField("endLine", span.endLine());
        g.writeNumberField("endColumn", span.endColumn() + 1);
        g.writeEndObject();
        g.writeEndObject();
    }

    /** A relative reference for a path below the working directory, else a {@code file:} URI. */
    static String uri(String shown) {
        Path path = Path.of(shown);
        if (path.isAbsolute()) {
            return path.toUri().toASCIIString();
        }
        String relative = shown.replace('\\', '/');
        // A colon in the first segment would read as a scheme.
        String reference = relative.split("/", 2)[0].contains(":") ? "./" + relative : relative;
        try {
            return new URI(null, null, reference, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + shown, e);
        }
    }

    private static void text(JsonGenerator g, String field, String text) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** The "What it catches" paragraph of the rule's page, or its summary when it has no page. */
    private static String fullDescription(RuleInfo rule) {
        List<String> paragraph = new ArrayList<>();
        boolean inSection = false;
        for (String line : RuleCatalog.documentation(rule).orElse("").lines().toList()) {
            if (line.startsWith("## ")) {
                inSection = line.equals("## What it catches");
            } else if (inSection && line.isBlank() && !paragraph.isEmpty()) {
                break;
            } else if (inSection && !line.isBlank()) {
                paragraph.add(line.strip());
            }
        }
        return paragraph.isEmpty() ? rule.summary() : String.join(" ", paragraph);
    }
}
