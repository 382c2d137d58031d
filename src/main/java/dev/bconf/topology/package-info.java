/**
 * The effective connection topology of a site: control and data channels, who dials whom,
 * at which address and port, and the directives that decided it.
 */
package dev.bconf.topology;
