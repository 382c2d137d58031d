package dev.bconf.model;

/** How a directive came to have its value. */
public enum Origin {
    /** Written in the resource itself. */
    WRITTEN,
    /** Taken from the Job's JobDefs, as Bareos copies every directive the Job does not set. */
    INHERITED,
    /** Not written anywhere: the catalogue's default applies. */
    DEFAULT
}
