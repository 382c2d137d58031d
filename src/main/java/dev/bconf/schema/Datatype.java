package dev.bconf.schema;

import java.util.Optional;

/**
 * The value types of Bareos directives, named as in the catalogues' {@code datatype} field.
 * Every name that occurs in any catalogued version is here, including ones no current
 * directive uses, so that a catalogue update never meets an unknown type silently.
 */
public enum Datatype {
    /** Comma-separated access-control entries, repeatable. */
    ACL,
    /** {@code None} or {@code Truncate}; repeats are combined. */
    ACTION_ON_PURGE,
    /** One listen address (host name or IP). */
    ADDRESS,
    /** The {@code Addresses = { ip = { addr = ...; port = ... } }} block. */
    ADDRESSES,
    /** Comma-separated console commands to audit. */
    AUDIT_COMMAND_LIST,
    /** {@code Native} or an NDMP protocol version. */
    AUTH_PROTOCOL_TYPE,
    /** {@code None}, {@code Clear} or {@code MD5}. */
    AUTH_TYPE,
    /** A password stored hashed or clear depending on the resource. */
    AUTOPASSWORD,
    /** A job level keyword ({@code Full}, {@code Incremental}, ...). */
    BACKUP_LEVEL,
    /** A FileSet option value of the removed base-job feature. */
    BASEJOB,
    /** A yes/no flag stored as one bit. */
    BIT,
    /** {@code yes} or {@code no}. */
    BOOLEAN,
    /** A password stored as written. */
    CLEARPASSWORD,
    /** A Storage Daemon compression algorithm. */
    COMPRESSION_ALGORITHM,
    /** Listed by Bareos but used by no directive. */
    DEFS,
    /** One Storage Daemon device name, repeatable. */
    DEVICE,
    /** The device type keyword of older Storage Daemons (now a string). */
    DEVICE_TYPE,
    /** A path. */
    DIRECTORY,
    /** Paths, one per directive or comma-separated depending on the directive. */
    DIRECTORY_LIST,
    /** A path or a {@code |command}. */
    DIRECTORY_OR_COMMAND,
    /** A FileSet option value: a Windows drive type. */
    DRIVE_TYPE,
    /** A File Daemon encryption cipher. */
    ENCRYPTION_CIPHER,
    /** A FileSet include item: a directory-marker file name. */
    EXCLUDE_DIRECTORY,
    /** A FileSet include item: a file or directory. */
    FILENAME,
    /** A FileSet option value: a file-system type. */
    FILESYSTEM_TYPE,
    /** The {@code Include { }} and {@code Exclude { }} blocks. */
    INCLUDE_EXCLUDE_ITEM,
    /** A signed 16-bit number (unused by directives). */
    INT16,
    /** A signed 32-bit number. */
    INT32,
    /** A signed 64-bit number (unused by directives). */
    INT64,
    /** A Storage Daemon access direction ({@code read}, {@code write}, {@code both}). */
    IO_DIRECTION,
    /** A job type keyword ({@code Backup}, {@code Restore}, ...). */
    JOB_TYPE,
    /** A volume label type ({@code bareos}, {@code ansi}, {@code ibm}). */
    LABEL,
    /** A block size with an upper limit. */
    MAX_BLOCKSIZE,
    /** A password stored as its MD5 hash. */
    MD5PASSWORD,
    /** A message destination with its message types. */
    MESSAGES,
    /** A FileSet option value: a meta tag. */
    META_TAG,
    /** A migration selection type keyword. */
    MIGRATION_TYPE,
    /** A resource name. */
    NAME,
    /** A FileSet option value. */
    OPTION,
    /** The FileSet {@code Options { }} block. */
    OPTIONS,
    /** A positive 16-bit number. */
    PINT16,
    /** A positive 32-bit number. */
    PINT32,
    /** A FileSet option value: a plugin. */
    PLUGIN,
    /** A FileSet include item: a plugin command. */
    PLUGIN_NAME,
    /** Plugin names, separated by spaces, commas or colons. */
    PLUGIN_NAMES,
    /** A pool type keyword. */
    POOLTYPE,
    /** A listen port number or service name. */
    PORT,
    /** A job protocol keyword ({@code Native}, {@code NDMP_BAREOS}, ...). */
    PROTOCOL_TYPE,
    /** A FileSet option value: a regular expression. */
    REGEX,
    /** A restore replace keyword ({@code Always}, {@code IfNewer}, ...). */
    REPLACE_OPTION,
    /** A reference to one resource. */
    RES,
    /** References to resources, comma-separated and repeatable. */
    RESOURCE_LIST,
    /** The Job {@code RunScript { }} block. */
    RUNSCRIPT,
    /** A RunScript flag. */
    RUNSCRIPT_BOOLEAN,
    /** A RunScript command or console command. */
    RUNSCRIPT_COMMAND,
    /** A one-line run script ({@code RunBeforeJob} and its siblings). */
    RUNSCRIPT_SHORT,
    /** Where a RunScript runs. */
    RUNSCRIPT_TARGET,
    /** When a RunScript runs ({@code Before}, {@code After}, ...). */
    RUNSCRIPT_WHEN,
    /** A Schedule {@code Run} specification. */
    SCHEDULE_RUN_COMMAND,
    /** A 32-bit byte size with optional unit. */
    SIZE32,
    /** A 64-bit byte size with optional unit. */
    SIZE64,
    /** A bandwidth with optional unit. */
    SPEED,
    /** One word of any length. */
    STRING,
    /** Comma-separated words, repeatable. */
    STRING_LIST,
    /** One word of at most 127 bytes. */
    STRNAME,
    /** A time span with optional units. */
    TIME,
    /** A FileSet option value: a wildcard pattern. */
    WILDCARD;

    /** The datatype the catalogues call {@code name} (exact spelling, e.g. {@code PINT32}). */
    public static Optional<Datatype> fromCatalogueName(String name) {
        for (Datatype d : values()) {
            if (d.name().equals(name)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
