package dev.bconf.schema;

import dev.bconf.discover.DaemonKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Generates the catalogue bundled in {@code src/main/resources/dev/bconf/schema/} from the
 * catalogues Bareos publishes for each version ({@code bareos-dir --xs} and its siblings),
 * keeping facts only: every description text is dropped.
 *
 * <p>Run from the project folder:
 * <pre>mvn -q test-compile exec:java@catalogue</pre>
 * or with arguments {@code SCHEMA_DIR OUTPUT_DIR} (defaults
 * {@code ../shared/reference/bareos-schema} and {@code src/main/resources/dev/bconf/schema}).
 * Output is deterministic; the conformance tests check that the committed files are current.
 * The generator lives in the test sources, in the catalogue's package, so that it builds the
 * loader's own {@link DirectiveHistory} records and shares its format constants.
 */
public final class CatalogueGenerator {

    /** The programs that publish a catalogue, by the name the loader looks for; the tray monitor does not. */
    private static final List<String> COMPONENTS = Arrays.stream(DaemonKind.values())
            .filter(k -> k != DaemonKind.TRAY_MONITOR)
            .map(DaemonKind::baseName)
            .toList();

    // Objects nested this deep are written on one line: one directive per line.
    private static final int DAEMON_DEPTH = 4;
    private static final int SHARED_DEPTH = 3;

    private CatalogueGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path schemas = Path.of(args.length > 0 ? args[0] : "../shared/reference/bareos-schema");
        Path output = Path.of(args.length > 1 ? args[1] : "src/main/resources/dev/bconf/schema");
        Files.createDirectories(output);
        for (Map.Entry<String, String> file : generate(schemas).entrySet()) {
            Files.writeString(output.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** The bundled catalogue files by name, generated from the per-version folders in {@code schemas}. */
    public static Map<String, String> generate(Path schemas) throws IOException {
        List<CatalogueVersion> versions;
        try (Stream<Path> folders = Files.list(schemas)) {
            versions = folders.filter(Files::isDirectory)
                    .map(p -> CatalogueVersion.of(p.getFileName().toString()))
                    .sorted()
                    .toList();
        }
        if (versions.isEmpty()) {
            throw new IOException("no catalogue versions in " + schemas);
        }
        Map<String, String> files = new TreeMap<>();
        List<SourceCatalogue> directors = List.of();
        for (String component : COMPONENTS) {
            List<SourceCatalogue> sources = new ArrayList<>();
            for (CatalogueVersion v : versions) {
                sources.add(SourceCatalogue.read(
                        schemas.resolve(v.label()).resolve(component + "-config-schema.json"), component));
            }
            if (component.equals(DaemonKind.DIRECTOR.baseName())) {
                directors = sources;
            }
            files.put(component + ".json",
                    JsonText.write(new DaemonGenerator(component, versions).generate(sources), DAEMON_DEPTH));
        }
        files.put(CatalogueLoader.SHARED_FILE, JsonText.write(shared(versions, directors), SHARED_DEPTH));
        return files;
    }

    /** Only the director's catalogue describes datatypes; they hold for every program. */
    private static Map<String, Object> shared(List<CatalogueVersion> versions, List<SourceCatalogue> directors) {
        HistoryBuilder history = new HistoryBuilder(versions);
        Map<String, Object> keywords = new TreeMap<>();
        Map<String, List<Optional<List<Observation>>>> blockItems = new TreeMap<>();
        for (int i = 0; i < versions.size(); i++) {
            SourceCatalogue dir = directors.get(i);
            String where = "bareos-dir " + versions.get(i).label();
            dir.datatypes().forEach(type -> checkDatatype(where, type));
            dir.keywords().forEach((type, words) -> {
                Object before = keywords.putIfAbsent(type, words);
                if (before != null && !before.equals(words)) {
                    throw new IllegalStateException(where + ": the words of " + type + " changed; "
                            + "the bundled catalogue keeps one list per keyword type");
                }
            });
            ItemResolver resolver = new ItemResolver(where, List.copyOf(dir.resources().keySet()));
            for (Map.Entry<String, List<SourceItem>> block : dir.blocks().entrySet()) {
                List<Optional<List<Observation>>> perVersion =
                        blockItems.computeIfAbsent(block.getKey(), k -> history.absentEverywhere());
                perVersion.set(i, Optional.of(resolver.resolve(block.getKey(), block.getValue())));
            }
        }
        Map<String, Object> blocks = new TreeMap<>();
        blockItems.forEach((type, perVersion) ->
                blocks.put(type, CatalogueJson.directives(withoutEquals(type, history.directives(type, perVersion)))));
        Map<String, Object> json = new TreeMap<>();
        json.put("blocks", blocks);
        json.put("formatVersion", CatalogueLoader.FORMAT_VERSION);
        json.put("keywords", keywords);
        json.put("versions", versions.stream().map(CatalogueVersion::label).toList());
        return json;
    }

    private static Map<String, DirectiveHistory> withoutEquals(String block, Map<String, DirectiveHistory> items) {
        Map<String, DirectiveHistory> fixed = new TreeMap<>(items);
        for (SpecFacts.BlockItemWithoutEquals fact : SpecFacts.BLOCK_ITEMS_WITHOUT_EQUALS) {
            if (fact.block().equals(block)) {
                DirectiveHistory item = items.get(fact.item());
                if (item == null || !item.states().stream().allMatch(DirectiveState::equalsSign)) {
                    throw new IllegalStateException(block + "." + fact.item() + ": expected in every catalogue with "
                            + "the equals flag the spec corrects");
                }
                fixed.put(item.name(), HistoryEdits.withoutEquals(item));
            }
        }
        return fixed;
    }

    private static void checkDatatype(String where, String name) {
        if (Datatype.fromCatalogueName(name).isEmpty()) {
            throw new IllegalStateException(
                    where + ": unknown datatype " + name + "; add it to dev.bconf.schema.Datatype");
        }
    }
}
