/**
 * bconf's public entry point: {@link dev.bconf.Bconf#load(dev.bconf.LoadOptions)} reads Bareos
 * configurations into a {@link dev.bconf.Site} with its findings.
 */
package dev.bconf;
