package dev.bconf.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.bconf.diagnostic.Diagnostic;
import dev.bconf.diagnostic.RelatedLocation;
import dev.bconf.diagnostic.Severity;
import dev.bconf.diagnostic.SourceSpan;
import dev.bconf.discover.DaemonKind;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The diagnostics JSON of the contracts (formatVersion 1), streamed with jackson-core so
 * that no object mapper is built.
 */
public final class JsonWriter {

    public static final int FORMAT_VERSION = 1;

    private final PathDisplay paths;
    private final String toolVersion;

    public JsonWriter(PathDisplay paths, String toolVersion) {
        this.paths = paths;
        this.toolVersion = toolVersion;
    }

    public void write(CheckReport report, Writer out) throws IOException {
        JsonDocument.write(out, new DefaultPrettyPrinter(), FORMAT_VERSION, toolVersion, g -> {
            g.writeArrayFieldStart("diagnostics");
            for (Diagnostic d : report.diagnostics()) {
                diagnostic(g, d);
            }
            g.writeEndArray();
            summary(g, report);
        });
    }

    private void diagnostic(JsonGenerator g, Diagnostic d) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", d.rule().id());
        g.writeStringField("name", d.rule().name());
        g.writeStringField("severity", d.severity().label());
        g.writeStringField("message", d.message());
        location(g, d.location());
        g.writeArrayFieldStart("related");
        for (RelatedLocation r : d.related()) {
            g.writeStartObject();
            g.writeStringField("message", r.message());
            location(g, r.location());
            g.writeEndObject();
        }
        g.writeEndArray();
        subject(g, d);
        g.writeEndObject();
    }

    private static void summary(JsonGenerator g, CheckReport report) throws IOException {
        g.writeObjectFieldStart("summary");
        g.writeNumberField("errors", report.count(Severity.ERROR));
        g.writeNumberField("warnings", report.count(Severity.WARNING));
        g.writeNumberField("infos", report.count(Severity.INFO));
        g.writeNumberField("files", report.files());
        g.writeObjectFieldStart("daemons");
        for (Map.Entry<DaemonKind, Integer> e : new java.util.TreeMap<>(report.daemons()).entrySet()) {
            g.writeNumberField(e.getKey().label(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** {@code daemon} and {@code resource}, when the finding is about one. */
    private static void subject(JsonGenerator g, Diagnostic d) throws IOException {
        if (d.subject().isEmpty()) {
            return;
        }
        var subject = d.subject().get();
        g.writeStringField("daemon", subject.daemon());
        if (subject.host().isPresent()) {
            g.writeStringField("host", subject.host().get());
        }
        if (!subject.resourceType().isEmpty()) {
            g.writeObjectFieldStart("resource");
            g.writeStringField("type", subject.resourceType());
            if (subject.resourceName().isPresent()) {
                g.writeStringField("name", subject.resourceName().get());
            }
            g.writeEndObject();
        }
    }

    private void location(JsonGenerator g, SourceSpan s) throws IOException {
        g.writeObjectFieldStart("location");
        g.writeStringField("file", paths.show(s.file()));
        g.writeNumberField("line", s.line());
        g.writeNumberField("column", s.column());
        g.writeNumberField("endLine", s.endLine());
        g.writeNumberField("endColumn", s.endColumn());
        g.writeEndObject();
    }
}
