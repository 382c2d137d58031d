package dev.bconf.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A generated configuration: files by path relative to a folder, the first being the daemon's
 * top-level file. Shown escaped, so that a failure report can be pasted into a regression.
 */
record ConfigTree(Map<String, byte[]> files) {

    ConfigTree {
        files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    static ConfigTree single(String name, byte[] content) {
        return new ConfigTree(Map.of(name, content));
    }

    String mainFile() {
        return files.keySet().iterator().next();
    }

    void writeTo(Path dir) {
        try {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path file = dir.resolve(f.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, f.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a tree back, e.g. a kept regression; the daemon's file first. */
    static ConfigTree readFrom(Path dir) {
        Map<String, byte[]> sorted = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                sorted.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, byte[]> ordered = new LinkedHashMap<>();
        sorted.keySet().stream().filter(n -> n.matches("(bareos-(dir|fd|sd)|bconsole)\\.conf")).findFirst()
                .ifPresent(n -> ordered.put(n, sorted.get(n)));
        ordered.putAll(sorted);
        return new ConfigTree(ordered);
    }

    /** A short name that is the same for the same content. */
    String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            files.forEach((name, content) -> {
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(content);
            });
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        files.forEach((name, content) -> sb.append("\n--- ").append(name).append(" (").append(content.length)
                .append(" bytes)\n").append(escape(content)));
        return sb.toString();
    }

    private static String escape(byte[] content) {
        StringBuilder sb = new StringBuilder();
        int shown = Math.min(content.length, 1000);
        for (int i = 0; i < shown; i++) {
            int b = content[i] & 0xff;
            if (b == '\n') {
                sb.append("\\n\n");
            } else if (b == '\\') {
                sb.append("\\\\");
            } else if (b >= 0x20 && b < 0x7f) {
                sb.append((char) b);
            } else {
                sb.append(String.format("\\x%02x", b));
            }
        }
        return shown < content.length ? sb.append("...").toString() : sb.toString();
    }
}
