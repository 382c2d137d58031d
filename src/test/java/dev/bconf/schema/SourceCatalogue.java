package dev.bconf.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code <component>-config-schema.json} file of one Bareos version, in its own order
 * (the order of resource types is Bareos's resource table, which {@code RES} codes index).
 *
 * @param component the program ({@code bareos-dir})
 * @param resources resource type name to its directive entries, in file order
 * @param datatypes every datatype name the file's datatype table lists (director file only)
 * @param keywords  keyword datatypes to their accepted words (director file only)
 * @param blocks    block datatypes ({@code RUNSCRIPT}) to their item entries (director file only)
 */
record SourceCatalogue(
        String component,
        Map<String, List<SourceItem>> resources,
        List<String> datatypes,
        Map<String, List<String>> keywords,
        Map<String, List<SourceItem>> blocks) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static SourceCatalogue read(Path file, String component) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        if (root.path("format-version").asInt() != 2) {
            throw new IOException(file + ": format-version " + root.path("format-version") + ", expected 2");
        }
        Map<String, List<SourceItem>> resources = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> r : root.path("resource").path(component).properties()) {
            resources.put(r.getKey(), items(r.getValue()));
        }
        if (resources.isEmpty()) {
            throw new IOException(file + ": no resources for " + component);
        }
        Map<String, List<String>> keywords = new LinkedHashMap<>();
        Map<String, List<SourceItem>> blocks = new LinkedHashMap<>();
        List<String> datatypes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> d : root.path("datatype").properties()) {
            datatypes.add(d.getKey());
            String kind = d.getValue().path("class").asText();
            if (kind.equals("keyword")) {
                keywords.put(d.getKey(),
                        d.getValue().path("values").properties().stream().map(Map.Entry::getKey).toList());
            } else if (kind.equals("sub")) {
                blocks.put(d.getKey(), items(d.getValue().path("values")));
            }
        }
        return new SourceCatalogue(component, resources, List.copyOf(datatypes), keywords, blocks);
    }

    private static List<SourceItem> items(JsonNode directives) {
        return directives.properties().stream().map(e -> SourceItem.read(e.getKey(), e.getValue())).toList();
    }
}
