package dev.bconf.schema;

import java.util.Objects;

/** A resource type ({@code Client}, {@code Job} ...) as one Bareos version defines it. */
public final class ResourceSchema extends DirectiveSet {

    private final String name;
    private final Lifespan lifespan;
    private final boolean deprecated;

    ResourceSchema(String name, Lifespan lifespan, boolean deprecated, DirectiveTable table) {
        super(table);
        this.name = Objects.requireNonNull(name, "name");
        this.lifespan = Objects.requireNonNull(lifespan, "lifespan");
        this.deprecated = deprecated;
    }

    /** The canonical name ({@code FileSet}). */
    public String name() {
        return name;
    }

    /** The versions that have this resource type. */
    public Lifespan lifespan() {
        return lifespan;
    }

    /** True when this version warns that the resource type is deprecated ({@code Counter} from 26). */
    public boolean isDeprecated() {
        return deprecated;
    }

    @Override
    public String toString() {
        return name;
    }
}
