/**
 * Findings as data: {@link dev.bconf.diagnostic.Diagnostic}s with a rule, a severity, a
 * message and source locations. Every layer of bconf reports through these types, from
 * reading files to comparing daemons.
 */
package dev.bconf.diagnostic;
