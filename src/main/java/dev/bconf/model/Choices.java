package dev.bconf.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Bareos's keyword tables (dird_conf.cc, stored_conf.cc, filed_conf.cc): a NAME-token word
 * compared without regard to case against a fixed list, then the rest of the line dropped.
 */
final class Choices {

    /**
     * One keyword table.
     *
     * @param words   the keywords, spelled as Bareos's table spells them
     * @param what    what they are, for messages ("a job type")
     * @param refusal the start of Bareos's message for an unknown word
     */
    record Table(List<String> words, String what, String refusal) {

        Optional<String> find(String word) {
            return words.stream().filter(w -> Chars.equalsIgnoreCase(w, word)).findFirst();
        }
    }

    static final Table JOB_TYPES = new Table(List.of("Backup", "Admin", "Archive", "Verify", "Restore", "Migrate",
            "Copy", "Consolidate"), "a job type", "Expected a Job Type keyword, got: ");
    /** The blank entries stand for Admin and Restore jobs, which have no level; Bareos matches them too. */
    static final Table LEVELS = new Table(List.of("Full", "Base", "Incremental", "Differential", "Since",
            "VirtualFull", "Catalog", "InitCatalog", "VolumeToCatalog", "DiskToCatalog", "Data", " "),
            "a job level", "Expected a Job Level keyword, got: ");
    static final Table POOL_TYPES = new Table(List.of("Backup", "Copy", "Cloned", "Archive", "Migration", "Scratch"),
            "a pool type", "Expected a Pool Type option, got: ");
    static final Table REPLACE_OPTIONS = new Table(List.of("Always", "IfNewer", "IfOlder", "Never"),
            "a replace option", "Expected a Restore replacement option, got: ");
    static final Table MIGRATION_TYPES = new Table(List.of("SmallestVolume", "OldestVolume", "PoolOccupancy",
            "PoolTime", "PoolUncopiedJobs", "Client", "Volume", "Job", "SqlQuery"), "a selection type",
            "Expected a Migration Job Type keyword, got: ");
    static final Table ACTIONS_ON_PURGE = new Table(List.of("None", "Truncate"), "an action on purge",
            "Expected an Action On Purge option, got: ");
    static final Table AUTH_PROTOCOLS = new Table(List.of("Native", "NDMPV2", "NDMPV3", "NDMPV4"),
            "an authentication protocol", "Expected a Auth Protocol Type keyword, got: ");
    static final Table AUTH_TYPES = new Table(List.of("None", "Clear", "MD5"), "an authentication type",
            "Expected a Authentication Type keyword, got: ");
    static final Table PROTOCOLS = new Table(List.of("Native", "NDMP_BAREOS", "NDMP", "NDMP_NATIVE"), "a protocol",
            "Expected a Protocol Type keyword, got: ");
    static final Table IO_DIRECTIONS = new Table(List.of("in", "read", "readonly", "out", "write", "writeonly",
            "both", "readwrite"), "an IO direction", "Expected a IO direction keyword, got: ");
    static final Table COMPRESSIONS = new Table(List.of("gzip", "lzo", "lzfast", "lz4", "lz4hc"),
            "a compression algorithm", "Expected a Compression algorithm keyword, got: ");
    static final Table CIPHERS = new Table(List.of("blowfish", "3des", "aes128", "aes192", "aes256", "camellia128",
            "camellia192", "camellia256", "aes128hmacsha1", "aes256hmacsha1"), "an encryption cipher",
            "Expected a Crypto Cipher option, got: ");
    static final Table LABELS = new Table(List.of("bareos", "ansi", "ibm"), "a tape label type",
            "Expected a Tape Label keyword, got: ");
    static final Table RUNS_WHEN = new Table(List.of("Before", "After", "AfterVSS", "Always"), "a RunsWhen moment",
            "Expect Before, After, AfterVSS or Always, got: ");

    private Choices() {
    }

    static Value pick(Reader r, Table table) {
        BareosToken t = r.name();
        String canonical = table.find(t.text()).orElseThrow(() -> r.reject("`" + t.text() + "` is not "
                + table.what() + ". Bareos knows: " + table.words().stream().filter(w -> !w.isBlank())
                        .collect(Collectors.joining(", ")) + " (in any case).", table.refusal() + t.text(), t.span()));
        if (table == LEVELS && canonical.equals("Base")) {
            r.warn(ValueProblem.Kind.DEPRECATED_SPELLING, "Bareos warns that the level `Base` is deprecated.",
                    t.span());
        }
        r.scanToEol();
        return new Value.Choice(canonical);
    }
}
