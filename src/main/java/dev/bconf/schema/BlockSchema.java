package dev.bconf.schema;

import java.util.Objects;

/**
 * The items of a block-valued datatype: {@code RUNSCRIPT} ({@code RunScript { Command = ... }}),
 * {@code INCLUDE_EXCLUDE_ITEM} ({@code Include { File = ... }}) and {@code OPTIONS}
 * ({@code Options { Signature = ... }}).
 */
public final class BlockSchema extends DirectiveSet {

    private final Datatype datatype;

    BlockSchema(Datatype datatype, DirectiveTable table) {
        super(table);
        this.datatype = Objects.requireNonNull(datatype, "datatype");
    }

    /** The datatype whose blocks these items fill. */
    public Datatype datatype() {
        return datatype;
    }

    @Override
    public String toString() {
        return datatype.name();
    }
}
