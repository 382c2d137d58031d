/**
 * The rules, one class each: BC1xx check one daemon's configuration against the catalogue,
 * BC2xx compare daemons. Each declares its {@code INFO} and reports through a reporter.
 */
package dev.bconf.lint.rules;
