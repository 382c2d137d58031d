package dev.bconf.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The value datatypes, named exactly as the directive catalogue names them (the
 * {@code datatype} strings of Bareos's schema files), each with the parser that reads it the
 * way Bareos does. The sub-directives of FileSet {@code Include}/{@code Options} and Job
 * {@code RunScript} blocks have datatypes too, which the schema files do not list:
 * {@link #inBlock} knows them.
 */
public enum Datatype {
    NAME(ScalarParsers::name),
    STRNAME(ScalarParsers::strname),
    STRING(ScalarParsers::string),
    DIRECTORY(ScalarParsers::directory),
    DIRECTORY_OR_COMMAND(ScalarParsers::directory),
    MD5PASSWORD(PasswordParsers::md5),
    CLEARPASSWORD(PasswordParsers::clear),
    AUTOPASSWORD(PasswordParsers::auto),
    RES(ScalarParsers::reference),
    DEFS(ScalarParsers::reference),
    RESOURCE_LIST(ListParsers::resources),
    STRING_LIST(ListParsers::strings),
    DIRECTORY_LIST(ListParsers::directories),
    AUDIT_COMMAND_LIST(ListParsers::strings),
    ACL(ListParsers::acl),
    PLUGIN_NAMES(ListParsers::pluginNames),
    DEVICE(ScalarParsers::device),
    BOOLEAN(ScalarParsers::bool),
    BIT(ScalarParsers::bool),
    INT16(r -> ScalarParsers.integer(r, 16)),
    INT32(r -> ScalarParsers.integer(r, 32)),
    INT64(r -> ScalarParsers.integer(r, 64)),
    PINT16(r -> ScalarParsers.positive(r, 16)),
    PINT32(r -> ScalarParsers.positive(r, 32)),
    TIME(UnitParsers::time),
    SIZE32(UnitParsers::size32),
    SIZE64(UnitParsers::size64),
    SPEED(UnitParsers::speed),
    MAX_BLOCKSIZE(UnitParsers::maxBlockSize),
    PORT(NetworkParsers::port),
    ADDRESS(NetworkParsers::address),
    ADDRESSES(NetworkParsers::addresses),
    MESSAGES(MessagesParser::parse),
    LABEL(r -> Choices.pick(r, Choices.LABELS)),
    JOB_TYPE(r -> Choices.pick(r, Choices.JOB_TYPES)),
    BACKUP_LEVEL(r -> Choices.pick(r, Choices.LEVELS)),
    POOLTYPE(r -> Choices.pick(r, Choices.POOL_TYPES)),
    REPLACE_OPTION(r -> Choices.pick(r, Choices.REPLACE_OPTIONS)),
    MIGRATION_TYPE(r -> Choices.pick(r, Choices.MIGRATION_TYPES)),
    ACTION_ON_PURGE(r -> Choices.pick(r, Choices.ACTIONS_ON_PURGE)),
    AUTH_PROTOCOL_TYPE(r -> Choices.pick(r, Choices.AUTH_PROTOCOLS)),
    AUTH_TYPE(r -> Choices.pick(r, Choices.AUTH_TYPES)),
    PROTOCOL_TYPE(r -> Choices.pick(r, Choices.PROTOCOLS)),
    IO_DIRECTION(r -> Choices.pick(r, Choices.IO_DIRECTIONS)),
    COMPRESSION_ALGORITHM(r -> Choices.pick(r, Choices.COMPRESSIONS)),
    ENCRYPTION_CIPHER(r -> Choices.pick(r, Choices.CIPHERS)),
    SCHEDULE_RUN_COMMAND(ScheduleRunParser::parse),
    RUNSCRIPT_SHORT(ScalarParsers::string),
    RUNSCRIPT_COMMAND(ScalarParsers::string),
    RUNSCRIPT_TARGET(ScalarParsers::runScriptTarget),
    RUNSCRIPT_BOOLEAN(ScalarParsers::bool),
    RUNSCRIPT_WHEN(r -> Choices.pick(r, Choices.RUNS_WHEN)),
    RUNSCRIPT(r -> ScalarParsers.blockWithEquals(r, "Expecting open brace. Got =")),
    INCLUDE_EXCLUDE_ITEM(r -> ScalarParsers.blockWithEquals(r, "Old style Include/Exclude not supported")),
    OPTIONS(r -> ScalarParsers.blockWithEquals(r, "Expecting open brace. Got =")),
    FILENAME(FileSetParsers::fileName),
    PLUGIN_NAME(FileSetParsers::fileName),
    EXCLUDE_DIRECTORY(ScalarParsers::nameText),
    OPTION(FileSetParsers::option),
    REGEX(FileSetParsers::regex),
    WILDCARD(FileSetParsers::wildcard),
    FILESYSTEM_TYPE(FileSetParsers::fsType),
    DRIVE_TYPE(FileSetParsers::driveType),
    META_TAG(FileSetParsers::meta),
    PLUGIN(ScalarParsers::nameText);

    private static final Map<String, List<String>> BLOCK_ITEMS = Map.of(
            "options", List.of("OPTION:Compression", "OPTION:Signature", "OPTION:Accurate", "OPTION:Verify",
                    "OPTION:BaseJob", "OPTION:OneFs", "OPTION:Recurse", "OPTION:Sparse", "OPTION:HardLinks",
                    "OPTION:ReadFifo",
                    "OPTION:Replace", "OPTION:Portable", "OPTION:MtimeOnly", "OPTION:KeepAtime", "OPTION:Exclude",
                    "OPTION:AclSupport", "OPTION:IgnoreCase", "OPTION:HfsPlusSupport", "OPTION:NoAtime",
                    "OPTION:EnhancedWild", "OPTION:CheckFileChanges", "OPTION:StripPath", "OPTION:HonorNoDumpFlag",
                    "OPTION:XAttrSupport", "OPTION:Size", "OPTION:Shadowing", "OPTION:AutoExclude",
                    "OPTION:ForceEncryption", "REGEX:Regex", "REGEX:RegexDir", "REGEX:RegexFile", "WILDCARD:Wild",
                    "WILDCARD:WildDir", "WILDCARD:WildFile", "PLUGIN:Plugin", "FILESYSTEM_TYPE:FsType",
                    "DRIVE_TYPE:DriveType", "META_TAG:Meta"),
            "include", List.of("FILENAME:File", "PLUGIN_NAME:Plugin", "EXCLUDE_DIRECTORY:ExcludeDirContaining",
                    "OPTIONS:Options"),
            "exclude", List.of("FILENAME:File", "PLUGIN_NAME:Plugin", "EXCLUDE_DIRECTORY:ExcludeDirContaining",
                    "OPTIONS:Options"),
            "runscript", List.of("RUNSCRIPT_COMMAND:Command", "RUNSCRIPT_COMMAND:Console", "RUNSCRIPT_TARGET:Target",
                    "RUNSCRIPT_TARGET:RunsOnClient", "RUNSCRIPT_BOOLEAN:RunsOnSuccess",
                    "RUNSCRIPT_BOOLEAN:RunsOnFailure", "RUNSCRIPT_BOOLEAN:FailJobOnError",
                    "RUNSCRIPT_BOOLEAN:AbortJobOnError", "RUNSCRIPT_WHEN:RunsWhen"));

    private static final Map<String, Datatype> BY_NAME =
            Arrays.stream(values()).collect(java.util.stream.Collectors.toUnmodifiableMap(Datatype::name, d -> d));

    private final Function<Reader, Value> parser;

    Datatype(Function<Reader, Value> parser) {
        this.parser = parser;
    }

    /** The datatype of a catalogue name such as {@code "TIME"}; empty for names bconf does not know. */
    public static Optional<Datatype> fromName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /**
     * The datatype of a directive inside a FileSet {@code Include}, {@code Exclude} or
     * {@code Options} block or a Job {@code RunScript} block, e.g. ({@code "Options"},
     * {@code "Compression"}) gives {@link #OPTION}. Names compare as Bareos compares keywords:
     * case and blanks ignored. Empty when Bareos does not allow the directive there (the
     * Exclude-specific refusals are the model's business).
     */
    public static Optional<Datatype> inBlock(String block, String keyword) {
        String folded = keyword.replace(" ", "");
        return BLOCK_ITEMS.getOrDefault(block.replace(" ", "").toLowerCase(Locale.ROOT), List.of()).stream()
                .map(item -> item.split(":", 2))
                .filter(item -> Chars.equalsIgnoreCase(item[1], folded))
                .map(item -> valueOf(item[0]))
                .findFirst();
    }

    /** True for passwords, whose text never appears in messages or {@code toString()}. */
    public boolean secret() {
        return this == MD5PASSWORD || this == CLEARPASSWORD || this == AUTOPASSWORD;
    }

    Value parse(Reader reader) {
        return parser.apply(reader);
    }
}
