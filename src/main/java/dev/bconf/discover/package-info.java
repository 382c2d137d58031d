/**
 * Turns the paths a user names into daemon configuration sources: single files, {@code .d}
 * trees, config roots and site folders, with the daemon kind told by name or by content.
 */
package dev.bconf.discover;
