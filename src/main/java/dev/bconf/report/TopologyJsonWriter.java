package dev.bconf.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.bconf.diagnostic.Diagnostic;
import dev.bconf.topology.ClientTopology;
import dev.bconf.topology.Connection;
import dev.bconf.topology.DataChannel;
import dev.bconf.topology.Reason;
import dev.bconf.topology.StorageTopology;
import dev.bconf.topology.Topology;
import java.io.IOException;
import java.io.Writer;

/** The topology JSON of the contracts (formatVersion 1), streamed with jackson-core. */
public final class TopologyJsonWriter {

    private final PathDisplay paths;

    public TopologyJsonWriter(PathDisplay paths) {
        this.paths = paths;
    }

    public void write(Topology t, Writer out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("formatVersion", 1);
            g.writeObjectFieldStart("director");
            g.writeStringField("name", t.director().orElse(null));
            if (t.directorAt().isPresent()) {
                g.writeStringField("file", paths.show(t.directorAt().get().file()));
                g.writeNumberField("line", t.directorAt().get().line());
            }
            if (t.host().isPresent()) {
                g.writeStringField("host", t.host().get());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("clients");
            for (ClientTopology c : t.clients()) {
                g.writeStartObject();
                g.writeStringField("name", c.name());
                if (c.host().isPresent()) {
                    g.writeStringField("host", c.host().get());
                }
                g.writeBooleanField("passive", c.passive());
                g.writeArrayFieldStart("control");
                for (Connection k : c.control()) {
                    g.writeStartObject();
                    connection(g, k);
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("data");
                for (DataChannel d : c.data()) {
                    g.writeStartObject();
                    g.writeStringField("storage", d.storage());
                    g.writeArrayFieldStart("jobs");
                    for (String j : d.jobs()) {
                        g.writeString(j);
                    }
                    g.writeEndArray();
                    connection(g, d.connection());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("storages");
            for (StorageTopology s : t.storages()) {
                g.writeStartObject();
                g.writeStringField("name", s.name());
                if (s.host().isPresent()) {
                    g.writeStringField("host", s.host().get());
                }
                g.writeObjectFieldStart("control");
                connection(g, s.control());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("problems");
            for (Diagnostic d : t.problems()) {
                g.writeStartObject();
                g.writeStringField("rule", d.rule().id());
                if (d.subject().isPresent()) {
                    g.writeStringField(d.subject().get().resourceType().toLowerCase(java.util.Locale.ROOT),
                            d.subject().get().resourceName().orElse(null));
                }
                g.writeStringField("message", d.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
    }

    private void connection(JsonGenerator g, Connection k) throws IOException {
        g.writeStringField("initiator", k.initiator().label());
        g.writeStringField("from", k.from());
        g.writeStringField("to", k.to());
        g.writeStringField("address", k.address().orElse(null));
        if (k.port().isPresent()) {
            g.writeNumberField("port", k.port().getAsInt());
        } else {
            g.writeNullField("port");
        }
        g.writeStringField("via", k.via());
        g.writeStringField("status", k.status());
        if (k.brokenBy().isPresent()) {
            g.writeStringField("rule", k.brokenBy().get());
        }
        if (k.heartbeat().isPresent()) {
            g.writeNumberField("heartbeat", k.heartbeat().getAsLong());
        } else {
            g.writeNullField("heartbeat");
        }
        g.writeArrayFieldStart("because");
        for (Reason r : k.because()) {
            g.writeString(r.where().map(w -> paths.show(w.file()) + ":" + w.line() + " ").orElse("") + r.setting());
        }
        g.writeEndArray();
    }
}
