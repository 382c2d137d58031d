/**
 * The directive catalogue: for each Bareos program and version, its resource types, their
 * directives (datatype, default, required, aliases, deprecation, the versions that have
 * them), the words of keyword datatypes and the items of nested blocks.
 *
 * <p>{@link dev.bconf.schema.Catalogue#forVersion} gives a
 * {@link dev.bconf.schema.DaemonSchema} for one program and version. Names are looked up
 * as Bareos looks them up, case and blanks ignored; aliases lead to their canonical
 * directive or resource type and stay visible ({@link dev.bconf.schema.DirectiveMatch},
 * {@link dev.bconf.schema.DaemonSchema#resourceAlias}). A
 * {@link dev.bconf.schema.Lifespan} tells in which versions something exists, so that a
 * name unknown to the checked version can be reported as added later or removed;
 * {@link dev.bconf.schema.DidYouMean} proposes the nearest known name for a misspelt one.
 *
 * <p>The data is generated from the catalogues Bareos publishes for each release
 * ({@code bareos-dir --xs} and its siblings, 18.2 to the newest), descriptions dropped,
 * plus a few facts they lack or get wrong (the default of {@code Compatible} before 15.2,
 * the {@code FileDaemon} resource alias, the deprecation of {@code Counter}, FileSet
 * {@code Options} blocks written without {@code =}). There is no catalogue for the tray
 * monitor. The generator lives in the test sources
 * ({@code dev.bconf.schema.CatalogueGenerator}).
 */
package dev.bconf.schema;
