/**
 * Reading configurations as Bareos reads them into an immutable, located syntax tree:
 * resources, statements, values, includes spliced in, every reading problem reported.
 */
package dev.bconf.syntax;
