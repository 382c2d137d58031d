package dev.bconf.syntax.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;

/**
 * Finds the files an {@code @} include names. Bareos hands the path to {@code glob(3)} as it
 * is, so a relative path is relative to the daemon's working directory; bconf takes the
 * config root for it. Absolute paths may be re-rooted below a sysroot.
 */
public final class IncludeResolver {

    private final Path base;
    private final Optional<Path> sysroot;

    public IncludeResolver(Path base, Optional<Path> sysroot) {
        this.base = base;
        this.sysroot = sysroot;
    }

    /** What an include token names: a path, or a command when it starts with {@code |}. */
    record Target(String path, boolean command) {
    }

    /** The files to read, or why there are none. */
    record Resolution(List<Path> files, Optional<String> problem) {
    }

    Target parse(String tokenText) {
        String body = tokenText.substring(1);
        int quote = body.indexOf('"');
        String path;
        if (quote < 0) {
            path = body;
        } else {
            int close = body.length() - 1;
            path = body.substring(0, quote) + LexedFile.unescape(body, quote + 1, Math.max(quote + 1, close));
        }
        return new Target(path, path.startsWith("|"));
    }

    Resolution resolve(String written) {
        if (written.isEmpty()) {
            return new Resolution(List.of(), Optional.of("An @ with no file name after it: Bareos cannot open "
                    + "an include without a name. Write @/path/to/file.conf or remove the @."));
        }
        Path path;
        try {
            path = locate(written);
        } catch (InvalidPathException e) {
            return new Resolution(List.of(), Optional.of("The include path " + written + " is not a valid path."));
        }
        boolean wildcard = written.indexOf('*') >= 0 || written.indexOf('?') >= 0;
        boolean glob = wildcard || written.indexOf('[') >= 0;
        if (glob) {
            List<Path> matches = glob(path);
            if (!matches.isEmpty() || wildcard) {
                // A * or ? pattern that matches nothing is silently ignored by Bareos.
                return new Resolution(matches, Optional.empty());
            }
            return missing(written, path);
        }
        if (Files.isDirectory(path)) {
            return new Resolution(List.of(), Optional.of("The include " + written + " names a folder, not a file; "
                    + "Bareos cannot read it. Include the files inside, e.g. @" + written + "/*.conf."));
        }
        if (!Files.exists(path)) {
            return missing(written, path);
        }
        return new Resolution(List.of(path), Optional.empty());
    }

    private Resolution missing(String written, Path resolved) {
        if (Files.isSymbolicLink(resolved)) {
            return new Resolution(List.of(), Optional.of("The included file " + written + " is a symbolic link that "
                    + "leads nowhere: its target does not exist, or the links form a loop. Bareos stops with "
                    + "\"Cannot open included config file\". Fix the link."));
        }
        String where = resolved.toString().equals(written) ? "" : " (looked for " + resolved + ")";
        return new Resolution(List.of(), Optional.of("The included file " + written + " does not exist" + where
                + "; Bareos stops with \"Cannot open included config file\". Create it or fix the path."));
    }

    private Path locate(String written) {
        Path p = Path.of(written);
        if (p.isAbsolute()) {
            return sysroot.map(root -> root.resolve(p.getRoot().relativize(p))).orElse(p);
        }
        return base.resolve(p);
    }

    /** Expands wildcards component by component; results sorted as glob(3) does. */
    private static List<Path> glob(Path pattern) {
        Path root = pattern.getRoot();
        List<Path> current = new ArrayList<>();
        current.add(root == null ? Path.of("") : root);
        Path rel = root == null ? pattern : root.relativize(pattern);
        for (int i = 0; i < rel.getNameCount(); i++) {
            String part = rel.getName(i).toString();
            boolean last = i == rel.getNameCount() - 1;
            List<Path> next = new ArrayList<>();
            for (Path dir : current) {
                if (part.indexOf('*') < 0 && part.indexOf('?') < 0 && part.indexOf('[') < 0) {
                    Path candidate = dir.resolve(part);
                    if (last ? Files.isRegularFile(candidate) : Files.isDirectory(candidate)) {
                        next.add(candidate);
                    }
                    continue;
                }
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                PathMatcher matcher = matcher(dir, part);
                try (DirectoryStream<Path> children = Files.newDirectoryStream(dir)) {
                    for (Path child : children) {
                        String name = child.getFileName().toString();
                        if (name.startsWith(".") && !part.startsWith(".")) {
                            continue;
                        }
                        if (matcher.matches(child.getFileName())
                                && (last ? Files.isRegularFile(child) : Files.isDirectory(child))) {
                            next.add(child);
                        }
                    }
                } catch (IOException e) {
                    // An unreadable folder contributes nothing, as in glob(3) without GLOB_ERR.
                }
            }
            current = next;
        }
        current.sort(Comparator.comparing(Path::toString));
        return current;
    }

    /**
     * Java's glob matcher for one path component, read as glob(3) reads it: glob(3) has no
     * {a,b} alternatives, so braces are literal, and a {@code [} without its {@code ]} is a
     * plain character where Java's matcher refuses the pattern.
     */
    private static PathMatcher matcher(Path dir, String part) {
        String pattern = part.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}");
        try {
            return dir.getFileSystem().getPathMatcher("glob:" + pattern);
        } catch (PatternSyntaxException e) {
            return dir.getFileSystem().getPathMatcher("glob:" + pattern.replace("[", "\\[").replace("]", "\\]"));
        }
    }
}
