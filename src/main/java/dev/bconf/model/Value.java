package dev.bconf.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A directive's value as Bareos stores it, one record per family of datatypes. Values are
 * immutable; parts that may be absent are {@link Optional}s.
 */
public sealed interface Value {

    /** BOOLEAN, BIT and the RunScript flags. */
    record Bool(boolean value) implements Value {
    }

    /** TIME, in seconds. Bareos's type is signed, so {@code -5} stays negative. */
    record Duration(long seconds) implements Value {
    }

    /** SIZE64, SIZE32 and MAX_BLOCKSIZE in bytes; SIZE32 is already cut to 32 bits as Bareos does. */
    record Size(long bytes) implements Value {
    }

    /** SPEED in bytes per second: an unsigned 64-bit quantity held in a {@code long}. */
    record Speed(long bytesPerSecond) implements Value {
    }

    /** INT16/32/64 and PINT16/32 after Bareos's truncation and wrap-around. */
    record Int(long value) implements Value {
    }

    /**
     * A listening port: a number from 1 to 65534, or a service name that the daemon looks
     * up in its own {@code /etc/services} when it starts. bconf never resolves service names.
     *
     * @param written the port as written
     * @param number  the port number, empty for a service name
     */
    record Port(String written, OptionalInt number) implements Value {
        public Port {
            Objects.requireNonNull(written, "written");
            Objects.requireNonNull(number, "number");
        }

        /** True when this is a service name that only the daemon's host can resolve. */
        public boolean isServiceName() {
            return number.isEmpty();
        }
    }

    /** IP protocol families. */
    enum IpFamily {
        IPV4,
        IPV6
    }

    /**
     * A listening address as written. Host names are never resolved by bconf; the daemon
     * resolves them when it starts (and fails when it cannot).
     *
     * @param host    the address or host name
     * @param family  the literal's family, or for a host name the family it will be resolved for
     * @param literal true for an IP address literal, false for a host name
     */
    record Address(String host, IpFamily family, boolean literal) implements Value {
        public Address {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(family, "family");
        }
    }

    /** ADDRESSES: the listen sockets of an {@code Addresses = { ... }} block, duplicates kept. */
    record Addresses(List<Listen> entries) implements Value {
        public Addresses {
            entries = List.copyOf(entries);
        }

        /**
         * One {@code ip|ipv4|ipv6 = { addr = ...; port = ... }} block.
         *
         * @param family  the block's family ({@code ip} is {@code ipv4}); an address literal
         *                keeps its own family whatever the block says
         * @param address the {@code addr}, empty when the block listens on every address
         * @param port    the {@code port}, empty when the directive's default port applies
         */
        public record Listen(IpFamily family, Optional<Address> address, Optional<Port> port) {
            public Listen {
                Objects.requireNonNull(family, "family");
                Objects.requireNonNull(address, "address");
                Objects.requireNonNull(port, "port");
            }
        }
    }

    /** NAME: a resource name, checked against Bareos's character set. */
    record Name(String value) implements Value {
        public Name {
            Objects.requireNonNull(value, "value");
        }
    }

    /** STRING, STRNAME, commands, patterns and the other free-text values. */
    record Text(String value) implements Value {
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    /** DIRECTORY and DIRECTORY_OR_COMMAND, as written (no existence check, no expansion). */
    record Directory(String value) implements Value {
        public Directory {
            Objects.requireNonNull(value, "value");
        }

        /** True for the {@code |command} form, whose output Bareos uses. */
        public boolean isCommand() {
            return value.startsWith("|");
        }
    }

    /**
     * A password as Bareos keeps it. {@link #toString()} never shows it.
     *
     * @param encoding how it is kept
     * @param stored   the clear text, or the 32 hexadecimal digits of its MD5 (as written
     *                 after {@code [md5]}, or computed in lower case from the clear text)
     */
    record Password(Encoding encoding, String stored) implements Value {
        public Password {
            Objects.requireNonNull(encoding, "encoding");
            Objects.requireNonNull(stored, "stored");
        }

        /** How Bareos keeps a password. */
        public enum Encoding {
            /** As written: Catalog and NDMP passwords, key encryption keys. */
            CLEAR,
            /** As an MD5 digest: the daemons' and consoles' shared secrets. */
            MD5
        }

        @Override
        public String toString() {
            return "Password[encoding=" + encoding + ", stored=<redacted>]";
        }
    }

    /** RES and DEFS: the name of another resource, resolved later by the model. */
    record ResourceRef(String name) implements Value {
        public ResourceRef {
            Objects.requireNonNull(name, "name");
        }
    }

    /** RESOURCE_LIST: resource names in order. */
    record ResourceList(List<String> names) implements Value {
        public ResourceList {
            names = List.copyOf(names);
        }
    }

    /** STRING_LIST, DIRECTORY_LIST and AUDIT_COMMAND_LIST entries in order. */
    record StringList(List<String> values) implements Value {
        public StringList {
            values = List.copyOf(values);
        }
    }

    /** DEVICE: one Storage Daemon device name (the Director never resolves it). */
    record DeviceName(String name) implements Value {
        public DeviceName {
            Objects.requireNonNull(name, "name");
        }
    }

    /** ACL entries in order; {@code *all*} and {@code !} negation are kept as written. */
    record Acl(List<String> entries) implements Value {
        public Acl {
            entries = List.copyOf(entries);
        }
    }

    /**
     * MESSAGES: where messages go and which types.
     *
     * @param destinations mail addresses, the file path, the syslog facility, or nothing
     *                     for destinations without an argument (Console, Stdout, ...)
     * @param types        the message types in order, {@code !}-types negated
     */
    record Messages(List<String> destinations, List<MessageType> types) implements Value {
        public Messages {
            destinations = List.copyOf(destinations);
            types = List.copyOf(types);
        }

        /** A message type such as {@code all} or {@code !skipped}. */
        public record MessageType(String name, boolean negated) {
            public MessageType {
                Objects.requireNonNull(name, "name");
            }
        }
    }

    /** One keyword of an enumeration (Job Type, Level, Pool Type, ...), spelled as Bareos's table does. */
    record Choice(String canonical) implements Value {
        public Choice {
            Objects.requireNonNull(canonical, "canonical");
        }
    }

    /** PLUGIN_NAMES: the plugin names, already split at {@code :} as Bareos does. */
    record PluginNames(List<String> names) implements Value {
        public PluginNames {
            names = List.copyOf(names);
        }
    }

    /**
     * A Schedule {@code Run} line.
     *
     * @param settings the {@code Key=value} overrides and the level, in order ({@code level}
     *                 for a bare level word)
     * @param when     the date and time words in order, commas left out
     */
    record ScheduleRun(List<Setting> settings, List<String> when) implements Value {
        public ScheduleRun {
            settings = List.copyOf(settings);
            when = List.copyOf(when);
        }

        /** One override such as {@code Pool=Full}; {@code name} is lower case. */
        public record Setting(String name, String value) {
            public Setting {
                Objects.requireNonNull(name, "name");
                Objects.requireNonNull(value, "value");
            }
        }
    }

    /** A FileSet {@code Options} keyword value such as {@code Compression = GZIP9}. */
    record FileSetOption(String option, String value) implements Value {
        public FileSetOption {
            Objects.requireNonNull(option, "option");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A value bconf cannot type: an unknown datatype, or a value that comes from a command
     * bconf never runs.
     *
     * @param text   the value as written, empty for secrets
     * @param reason why it is not typed
     */
    record Opaque(String text, String reason) implements Value {
        public Opaque {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
