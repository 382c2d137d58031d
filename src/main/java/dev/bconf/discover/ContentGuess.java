package dev.bconf.discover;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Guesses a daemon kind from the resource types a file declares at its top level. */
final class ContentGuess {

    record Guess(DaemonKind kind, String reason) {
    }

    private static final long MAX_BYTES_READ = 1 << 20;

    private ContentGuess() {
    }

    static Optional<Guess> guess(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            int length = (int) Math.min(bytes.length, MAX_BYTES_READ);
            return guess(new String(bytes, 0, length, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Optional<Guess> guess(String text) {
        Set<String> types = topLevelTypes(text);
        for (String t : new String[] {"job", "jobdefs", "catalog", "pool", "schedule", "fileset", "counter",
            "profile", "user"}) {
            if (types.contains(t)) {
                return Optional.of(new Guess(DaemonKind.DIRECTOR, "it defines a " + t + " resource"));
            }
        }
        for (String t : new String[] {"device", "autochanger", "ndmp"}) {
            if (types.contains(t)) {
                return Optional.of(new Guess(DaemonKind.STORAGE_DAEMON, "it defines a " + t + " resource"));
            }
        }
        if (types.contains("client.password")) {
            return Optional.of(new Guess(DaemonKind.DIRECTOR,
                    "its Client resource has a Password, which only the Director's view of a client has"));
        }
        if (types.contains("filedaemon") || types.contains("client")) {
            return Optional.of(new Guess(DaemonKind.FILE_DAEMON, "it defines its own Client resource"));
        }
        if (types.contains("storage")) {
            return Optional.of(new Guess(DaemonKind.STORAGE_DAEMON, "it defines its own Storage resource"));
        }
        if (types.contains("console")) {
            return Optional.of(new Guess(DaemonKind.CONSOLE, "it defines a Console resource"));
        }
        return Optional.empty();
    }

    /**
     * Words before a `{` at brace depth 0, with Bareos's space and case folding, and
     * {@code type.keyword} for the directives directly inside them.
     */
    static Set<String> topLevelTypes(String text) {
        Set<String> types = new LinkedHashSet<>();
        int depth = 0;
        StringBuilder word = new StringBuilder();
        boolean inQuote = false;
        boolean inComment = false;
        String currentType = "";
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inComment) {
                inComment = c != '\n' && c != '\r';
                continue;
            }
            if (inQuote) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inQuote = false;
                }
                continue;
            }
            switch (c) {
                case '#' -> inComment = true;
                case '"' -> inQuote = true;
                case '{' -> {
                    if (depth == 0 && word.length() > 0) {
                        currentType = word.toString().toLowerCase(Locale.ROOT);
                        types.add(currentType);
                    }
                    depth++;
                    word.setLength(0);
                }
                case '}' -> {
                    depth = Math.max(0, depth - 1);
                    word.setLength(0);
                }
                case ' ', '\t' -> {
                    // spaces inside a keyword are dropped by Bareos
                }
                case '=' -> {
                    if (depth == 1 && word.length() > 0) {
                        types.add(currentType + "." + word.toString().toLowerCase(Locale.ROOT));
                    }
                    word.setLength(0);
                }
                default -> {
                    if (Character.isLetter(c) && c < 128) {
                        word.append(c);
                    } else {
                        word.setLength(0);
                    }
                }
            }
        }
        return types;
    }
}
