package dev.bconf.schema;

import java.util.List;
import java.util.Map;

/**
 * Facts about Bareos that its catalogues do not carry, with where they come from. The
 * generator adds them to the bundled catalogue and checks the catalogues against the ones
 * that the catalogues do carry.
 */
final class SpecFacts {

    /** A resource type's alternative name (spec dialect.md §4.5 and §6.2, network.md §6). */
    record ResourceTypeAlias(String component, String alias, String target, BareosVersion deprecatedSince) {
    }

    /** A resource type deprecated as a whole (spec dialect.md §4.5, network.md §6). */
    record DeprecatedResourceType(String component, String name, BareosVersion since) {
    }

    /**
     * A default that differs before some release (spec network.md §3.1: {@code Compatible}
     * defaulted to yes up to 14.2 and to no from 15.2). Written as the catalogues write boolean
     * defaults: {@code true}, {@code false}.
     */
    record EarlierDefault(String component, String resource, String directive, String value, BareosVersion until) {
    }

    /**
     * What the catalogues must show about a directive the spec describes (network.md §3.1 and
     * §6: {@code Compatible} is deprecated in 22.0.0 and removed in 23.0.0).
     */
    record ExpectedLifespan(String component, String resource, String directive,
            BareosVersion deprecatedSince, BareosVersion until) {
    }

    /**
     * {@code FileDaemon} is an alias of the File Daemon's {@code Client}, deprecated in 26
     * (network.md §6, "unreleased (26)"). Catalogues up to 24 list it as a copy of
     * {@code Client}; later ones leave it out.
     */
    static final List<ResourceTypeAlias> RESOURCE_TYPE_ALIASES = List.of(
            new ResourceTypeAlias("bareos-fd", "FileDaemon", "Client", new BareosVersion(26, 0, 0)));

    /** {@code Counter} is deprecated in 26 (network.md §6, "unreleased (26)"). */
    static final List<DeprecatedResourceType> DEPRECATED_RESOURCE_TYPES = List.of(
            new DeprecatedResourceType("bareos-dir", "Counter", new BareosVersion(26, 0, 0)));

    private static final BareosVersion COMPATIBLE_OFF = new BareosVersion(15, 2, 0);

    static final List<EarlierDefault> EARLIER_DEFAULTS = List.of(
            new EarlierDefault("bareos-fd", "Client", "Compatible", "true", COMPATIBLE_OFF),
            new EarlierDefault("bareos-sd", "Storage", "Compatible", "true", COMPATIBLE_OFF));

    static final List<ExpectedLifespan> EXPECTED_LIFESPANS = List.of(
            new ExpectedLifespan("bareos-fd", "Client", "Compatible",
                    new BareosVersion(22, 0, 0), new BareosVersion(23, 0, 0)),
            new ExpectedLifespan("bareos-sd", "Storage", "Compatible",
                    new BareosVersion(22, 0, 0), new BareosVersion(23, 0, 0)));

    /**
     * A block item the catalogues mark as written {@code Item = value} although Bareos only
     * takes {@code Item { ... }}.
     */
    record BlockItemWithoutEquals(String block, String item) {
    }

    /** FileSet {@code Options = {} fails with "Expecting open brace. Got =" (spec dialect.md §4.2). */
    static final List<BlockItemWithoutEquals> BLOCK_ITEMS_WITHOUT_EQUALS = List.of(
            new BlockItemWithoutEquals("INCLUDE_EXCLUDE_ITEM", "Options"));

    /**
     * Targets of alias entries whose catalogue entry has no description naming the target and
     * whose name does not tell it either. {@code VerifyJob} is in spec dialect.md §5.5;
     * {@code PluginOptions} (up to 20) set the same variable as {@code FdPluginOptions}
     * ({@code core/src/dird/dird_conf.cc}, job items).
     */
    static final Map<String, String> UNNAMED_ALIAS_TARGETS = Map.of(
            "VerifyJob", "JobToVerify",
            "PluginOptions", "FdPluginOptions");

    /**
     * Directive aliases of the newest catalogue, component → resource → alias → target, as
     * spec dialect.md §5.5 lists them.
     */
    static final Map<String, Map<String, Map<String, String>>> NEWEST_ALIASES = Map.of(
            "bareos-dir", Map.of(
                    "Director", Map.of("DirPort", "Port", "DirAddress", "Address",
                            "DirAddresses", "Addresses", "DirSourceAddress", "SourceAddress"),
                    "Client", Map.of("FdAddress", "Address", "FdPort", "Port", "FdPassword", "Password"),
                    "Storage", Map.of("SdAddress", "Address", "SdPort", "Port", "SdPassword", "Password"),
                    "Catalog", Map.of("Address", "DbAddress", "Port", "DbPort", "Password", "DbPassword",
                            "User", "DbUser", "Socket", "DbSocket"),
                    "Job", Map.of("VerifyJob", "JobToVerify"),
                    "JobDefs", Map.of("VerifyJob", "JobToVerify")),
            "bareos-fd", Map.of(
                    "Client", Map.of("FdPort", "Port", "FdAddress", "Address", "FdAddresses", "Addresses",
                            "FdSourceAddress", "SourceAddress")),
            "bareos-sd", Map.of(
                    "Storage", Map.of("SdPort", "Port", "SdAddress", "Address", "SdAddresses", "Addresses",
                            "SdSourceAddress", "SourceAddress")),
            "bconsole", Map.of(
                    "Director", Map.of("DirPort", "Port", "DirAddress", "Address")));

    private SpecFacts() {
    }
}
