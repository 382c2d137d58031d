package dev.bconf;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Configuration text that has no file of its own, such as standard input.
 *
 * @param name the name it is reported under; its file name also tells the daemon
 *             ({@code bareos-fd.conf}), and its folder is where relative includes are resolved
 * @param text the configuration text
 */
public record ConfigText(Path name, String text) {
    public ConfigText {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }
}
