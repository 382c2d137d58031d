package dev.bconf.topology;

import java.util.Locale;

/** Which daemon opens a connection. */
public enum Initiator {
    DIRECTOR,
    CLIENT,
    STORAGE;

    /** {@code director}, {@code client} or {@code storage}, as in the JSON. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
