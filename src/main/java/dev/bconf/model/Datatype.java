package dev.bconf.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * The value datatypes, named exactly as the directive catalogue names them (the
 * {@code datatype} strings of Bareos's schema files), each with the parser that reads it the
 * way Bareos does.
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
    RUNSCRIPT_SHORT(ScalarParsers::string),
    RUNSCRIPT_COMMAND(ScalarParsers::string),
    RUNSCRIPT_TARGET(ScalarParsers::runScriptTarget),
    RUNSCRIPT_BOOLEAN(ScalarParsers::bool),
    RUNSCRIPT_WHEN(r -> Choices.pick(r, Choices.RUNS_WHEN)),
    RUNSCRIPT(r -> ScalarParsers.blockWithEquals(r, "Expecting open brace. Got =")),
    INCLUDE_EXCLUDE_ITEM(r -> ScalarParsers.blockWithEquals(r, "Old style Include/Exclude not supported")),
    OPTIONS(r -> ScalarParsers.blockWithEquals(r, "Expecting open brace. Got =")),
    EXCLUDE_DIRECTORY(ScalarParsers::nameText),
    PLUGIN(ScalarParsers::nameText);

    private final Function<Reader, Value> parser;

    Datatype(Function<Reader, Value> parser) {
        this.parser = parser;
    }

    /** The datatype of a catalogue name such as {@code "TIME"}; empty for names bconf does not know. */
    public static Optional<Datatype> fromName(String name) {
        return Arrays.stream(values()).filter(d -> d.name().equals(name)).findFirst();
    }

    /** True for passwords, whose text never appears in messages or {@code toString()}. */
    public boolean secret() {
        return this == MD5PASSWORD || this == CLEARPASSWORD || this == AUTOPASSWORD;
    }

    Value parse(Reader reader) {
        return parser.apply(reader);
    }
}
