package dev.bconf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test resources as paths, and the project's tab-separated tables as rows. */
public final class TestResources {

    private TestResources() {
    }

    public static Path path(String resource) {
        URL url = TestResources.class.getResource("/" + resource);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + resource);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows of a TSV with a header line; lines starting with # are comments. */
    public static List<Map<String, String>> tsv(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> data = lines.stream().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        String[] header = data.get(0).split("\t", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : data.subList(1, data.size())) {
            String[] cells = line.split("\t", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], i < cells.length ? cells[i] : "");
            }
            rows.add(row);
        }
        return rows;
    }
}
