package dev.bconf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bconf.Bconf;
import dev.bconf.LoadOptions;
import dev.bconf.TestResources;
import dev.bconf.diagnostic.SourceSpan;
import dev.bconf.model.Block;
import dev.bconf.model.DaemonConfig;
import dev.bconf.model.Directive;
import dev.bconf.model.Resource;
import dev.bconf.model.Value;
import dev.bconf.model.ValueProblem;
import dev.bconf.report.PathDisplay;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Export, read the JSON back, and find in it every daemon, resource, directive (written,
 * inherited and default) and block of the model with the same name, origin, source location
 * and value. Passwords are shown so that they round-trip too.
 */
class ExportRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PathDisplay PATHS = new PathDisplay(Path.of("").toAbsolutePath());
    private static final Path KINDS = TestResources.path("export/kinds");

    static Stream<String> inputs() {
        return Stream.of(Path.of("samples/single-host"), KINDS, TestResources.path("layouts/site"),
                TestResources.path("model/jobdefs"), TestResources.path("equivalence/fileset/split"))
                .map(Path::toString);
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void exportHoldsTheModel(String input) throws Exception {
        CliRun run = CliRun.of("export", "--show-secrets", input);
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode daemons = JSON.readTree(run.out()).get("daemons");
        List<DaemonConfig> model = Bconf.load(LoadOptions.of(Path.of(input))).configs();

        assertThat(daemons).hasSize(model.size());
        for (int i = 0; i < model.size(); i++) {
            daemon(daemons.get(i), model.get(i));
        }
    }

    @Test
    void kindsFixtureWritesEveryKindOfValue() throws Exception {
        Set<Class<?>> written = new HashSet<>();
        for (DaemonConfig daemon : Bconf.load(LoadOptions.of(KINDS)).configs()) {
            for (Resource r : daemon.resources()) {
                r.directives().forEach(d -> d.value().ifPresent(v -> written.add(v.getClass())));
                blockValues(r.blocks(), written);
            }
        }

        assertThat(written).containsExactlyInAnyOrder(Value.class.getPermittedSubclasses());
    }

    private static void blockValues(List<Block> blocks, Set<Class<?>> into) {
        for (Block b : blocks) {
            b.directives().forEach(d -> d.value().ifPresent(v -> into.add(v.getClass())));
            blockValues(b.blocks(), into);
        }
    }

    private static void daemon(JsonNode json, DaemonConfig model) {
        assertThat(json.get("kind").asText()).isEqualTo(model.kind().label());
        assertThat(optionalText(json, "host")).isEqualTo(model.source().host().orElse(null));
        assertThat(json.get("bareosVersion").asText()).isEqualTo(model.version().toString());
        assertThat(json.get("origin").asText()).isEqualTo(PATHS.show(model.source().origin()));
        JsonNode resources = json.get("resources");
        assertThat(resources).hasSize(model.resources().size());
        for (int i = 0; i < model.resources().size(); i++) {
            resource(resources.get(i), model.resources().get(i));
        }
    }

    private static void resource(JsonNode json, Resource model) {
        assertThat(json.get("type").asText()).isEqualTo(model.type());
        assertThat(optionalText(json, "written")).isEqualTo(model.typeAlias().orElse(null));
        assertThat(optionalText(json, "name")).isEqualTo(model.name().orElse(null));
        location(json, model.header());
        List<Directive> directives = new ArrayList<>(model.directives());
        directives.addAll(model.defaulted());
        directives(json.get("directives"), directives, model.toString());
        blocks(json.get("blocks"), model.blocks(), model.toString());
    }

    private static void blocks(JsonNode json, List<Block> model, String where) {
        assertThat(json).as(where).hasSize(model.size());
        for (int i = 0; i < model.size(); i++) {
            Block block = model.get(i);
            JsonNode b = json.get(i);
            String inner = where + " > " + block.name();
            assertThat(b.get("name").asText()).as(inner).isEqualTo(block.name());
            location(b, block.span());
            directives(b.get("directives"), block.directives(), inner);
            blocks(b.get("blocks"), block.blocks(), inner);
            problems(b, block.problems(), inner);
        }
    }

    private static void directives(JsonNode json, List<Directive> model, String where) {
        assertThat(json).as(where).hasSize(model.size());
        for (int i = 0; i < model.size(); i++) {
            directive(json.get(i), model.get(i), where + " > " + model.get(i).name());
        }
    }

    private static void directive(JsonNode json, Directive model, String where) {
        assertThat(json.get("name").asText()).as(where).isEqualTo(model.name());
        assertThat(optionalText(json, "written")).as(where).isEqualTo(model.aliasWritten().orElse(null));
        assertThat(json.get("origin").asText()).as(where)
                .isEqualTo(model.origin().name().toLowerCase(Locale.ROOT));
        assertThat(optionalText(json, "from")).as(where).isEqualTo(model.inheritedFrom().orElse(null));
        if (model.span().isPresent()) {
            location(json, model.span().get());
        } else {
            assertThat(json.has("file") || json.has("line") || json.has("column")).as(where).isFalse();
        }
        assertThat(json.get("datatype").asText()).as(where).isEqualTo(model.schema().datatype().name());
        if (model.value().isPresent()) {
            assertThat(ExportedValue.read(json.get("value"), model.value().get())).as(where)
                    .isEqualTo(model.value().get());
        } else {
            assertThat(json.has("value")).as(where).isFalse();
        }
        problems(json, model.problems(), where);
    }

    private static void problems(JsonNode json, List<ValueProblem> model, String where) {
        List<String> exported = new ArrayList<>();
        if (json.has("problems")) {
            json.get("problems").forEach(p -> exported.add(p.get("rule").asText() + " " + p.get("message").asText()));
            assertThat(exported).as(where).isNotEmpty();
        }
        assertThat(exported).as(where).isEqualTo(model.stream().map(p -> p.ruleId() + " " + p.message()).toList());
    }

    private static void location(JsonNode json, SourceSpan span) {
        assertThat(json.get("file").asText()).isEqualTo(PATHS.show(span.file()));
        assertThat(json.get("line").asInt()).isEqualTo(span.line());
        assertThat(json.get("column").asInt()).isEqualTo(span.column());
    }

    private static String optionalText(JsonNode json, String field) {
        return json.has(field) ? json.get(field).asText() : null;
    }
}
