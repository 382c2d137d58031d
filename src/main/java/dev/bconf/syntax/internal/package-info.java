/**
 * The ANTLR lexer and parser generated from {@code grammar/}, include expansion and the tree
 * builder. Not part of the API: no type of this package appears in a public signature elsewhere.
 */
package dev.bconf.syntax.internal;
