package dev.bconf.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.bconf.diagnostic.SourceSpan;
import dev.bconf.discover.DaemonSource;
import dev.bconf.model.Block;
import dev.bconf.model.DaemonConfig;
import dev.bconf.model.Datatype;
import dev.bconf.model.Directive;
import dev.bconf.model.Resource;
import dev.bconf.model.Value;
import dev.bconf.model.ValueProblem;
import dev.bconf.syntax.ConfigFile;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The export JSON of the contracts (formatVersion 1): every daemon, resource and directive
 * with its typed value, origin and source location, streamed with jackson-core. Passwords
 * are replaced by {@value #REDACTED} unless the writer is told to show them.
 */
public final class ExportWriter {

    public static final int FORMAT_VERSION = 1;

    /** What a password's value is written as when secrets are not shown. */
    public static final String REDACTED = "<redacted>";

    /** Whether password values are written. */
    public enum Secrets {
        REDACT,
        SHOW
    }

    /** Whether directives that are not written take their place with the catalogue's default. */
    public enum Defaults {
        INCLUDE,
        OMIT
    }

    private final PathDisplay paths;
    private final String toolVersion;
    private final Secrets secrets;
    private final Defaults defaults;

    public ExportWriter(PathDisplay paths, String toolVersion, Secrets secrets, Defaults defaults) {
        this.paths = paths;
        this.toolVersion = toolVersion;
        this.secrets = secrets;
        this.defaults = defaults;
    }

    public void write(List<DaemonConfig> daemons, Writer out) throws IOException {
        JsonDocument.write(out, printer(), FORMAT_VERSION, toolVersion, g -> {
            g.writeStringField("secrets", secrets == Secrets.SHOW ? "shown" : "redacted");
            g.writeBooleanField("defaults", defaults == Defaults.INCLUDE);
            g.writeArrayFieldStart("daemons");
            for (DaemonConfig daemon : daemons) {
                daemon(g, daemon);
            }
            g.writeEndArray();
        });
    }

    /** One value per line, arrays too, with the same line end on every platform, so exports diff well. */
    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    private void daemon(JsonGenerator g, DaemonConfig daemon) throws IOException {
        DaemonSource source = daemon.source();
        g.writeStartObject();
        g.writeStringField("kind", source.kind().label());
        if (source.host().isPresent()) {
            g.writeStringField("host", source.host().get());
        }
        g.writeStringField("bareosVersion", daemon.version().toString());
        g.writeStringField("origin", paths.show(source.origin()));
        g.writeArrayFieldStart("files");
        for (Path file : filesRead(daemon)) {
            g.writeString(paths.show(file));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("resources");
        for (Resource resource : daemon.resources()) {
            resource(g, resource);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Every file read, each top-level file followed by the files it includes. */
    private static List<Path> filesRead(DaemonConfig daemon) {
        List<Path> files = new ArrayList<>();
        for (ConfigFile file : daemon.syntax().files()) {
            files.add(file.path());
            files.addAll(file.includedFiles());
        }
        return files;
    }

    private void resource(JsonGenerator g, Resource resource) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", resource.type());
        if (resource.typeAlias().isPresent()) {
            g.writeStringField("written", resource.typeAlias().get());
        }
        if (resource.name().isPresent()) {
            g.writeStringField("name", resource.name().get());
        }
        location(g, resource.header());
        List<Directive> directives = new ArrayList<>(resource.directives());
        if (defaults == Defaults.INCLUDE) {
            directives.addAll(resource.defaulted());
        }
        directives(g, directives);
        blocks(g, resource.blocks());
        g.writeEndObject();
    }

    private void blocks(JsonGenerator g, List<Block> blocks) throws IOException {
        g.writeArrayFieldStart("blocks");
        for (Block block : blocks) {
            g.writeStartObject();
            g.writeStringField("name", block.name());
            location(g, block.span());
            directives(g, block.directives());
            blocks(g, block.blocks());
            problems(g, block.problems());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void directives(JsonGenerator g, List<Directive> directives) throws IOException {
        g.writeArrayFieldStart("directives");
        for (Directive d : directives) {
            directive(g, d);
        }
        g.writeEndArray();
    }

    private void directive(JsonGenerator g, Directive d) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", d.name());
        if (d.aliasWritten().isPresent()) {
            g.writeStringField("written", d.aliasWritten().get());
        }
        g.writeStringField("origin", d.origin().name().toLowerCase(Locale.ROOT));
        if (d.inheritedFrom().isPresent()) {
            g.writeStringField("from", d.inheritedFrom().get());
        }
        if (d.span().isPresent()) {
            location(g, d.span().get());
        }
        g.writeStringField("datatype", d.schema().datatype().name());
        if (d.value().isPresent()) {
            g.writeFieldName("value");
            if (secrets == Secrets.REDACT && isSecret(d, d.value().get())) {
                g.writeString(REDACTED);
            } else {
                ValueJson.write(g, d.value().get());
            }
        }
        problems(g, d.problems());
        g.writeEndObject();
    }

    /** A password, or any value of a password directive (one bconf could not type included). */
    private static boolean isSecret(Directive d, Value value) {
        return value instanceof Value.Password
                || Datatype.fromName(d.schema().datatype().name()).filter(Datatype::secret).isPresent();
    }

    private static void problems(JsonGenerator g, List<ValueProblem> problems) throws IOException {
        if (problems.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("problems");
        for (ValueProblem p : problems) {
            g.writeStartObject();
            g.writeStringField("rule", p.ruleId());
            g.writeStringField("message", p.message());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void location(JsonGenerator g, SourceSpan span) throws IOException {
        g.writeStringField("file", paths.show(span.file()));
        g.writeNumberField("line", span.line());
        g.writeNumberField("column", span.column());
    }
}
