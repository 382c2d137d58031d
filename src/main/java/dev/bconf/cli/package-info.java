/** The {@code bconf} command line; the only package that prints or exits. */
package dev.bconf.cli;
