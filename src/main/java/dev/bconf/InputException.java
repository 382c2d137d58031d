package dev.bconf;

import java.nio.file.Path;

/** A path given as input does not exist or cannot be read; nothing could be checked there. */
public final class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path path;

    public InputException(Path path, String message, Throwable cause) {
        super(message, cause);
        this.path = path;
    }

    /** The path that could not be read. */
    public Path path() {
        return path;
    }
}
