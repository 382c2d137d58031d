package dev.bconf.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;
import java.io.Writer;

/**
 * How every JSON document of the contracts is streamed: one object that starts with its
 * {@code formatVersion} and the {@code tool} that wrote it, and a line end after it.
 */
final class JsonDocument {

    /** The fields that follow the document's head. */
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private JsonDocument() {
    }

    static void write(Writer out, PrettyPrinter printer, int formatVersion, String toolVersion, Body body)
            throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            // The caller owns the writer: standard output must stay open.
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(printer);
            g.writeStartObject();
            g.writeNumberField("formatVersion", formatVersion);
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", "bconf");
            g.writeStringField("version", toolVersion);
            g.writeEndObject();
            body.write(g);
            g.writeEndObject();
        }
        out.write('\n');
    }
}
