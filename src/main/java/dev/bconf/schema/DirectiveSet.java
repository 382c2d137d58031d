package dev.bconf.schema;

import java.util.List;
import java.util.Optional;

/**
 * The directives one Bareos version allows in one place: a resource type, or a block nested
 * in a directive ({@code RunScript { }}, {@code Include { }}, {@code Options { }}).
 */
public abstract sealed class DirectiveSet permits ResourceSchema, BlockSchema {

    private final DirectiveTable table;
    private final List<DirectiveSchema> required;

    DirectiveSet(DirectiveTable table) {
        this.table = table;
        this.required = table.canonical().stream().filter(DirectiveSchema::required).toList();
    }

    /** The canonical directives, aliases left out, by name. */
    public List<DirectiveSchema> directives() {
        return table.canonical();
    }

    /** The alias entries ({@code FdPort} for {@code Port}), by name. */
    public List<DirectiveSchema> aliases() {
        return table.aliases();
    }

    /**
     * The directive a keyword names, as Bareos matches keywords: case and blanks ignored, so
     * {@code heartbeat interval} finds {@code HeartbeatInterval}. An alias finds its target,
     * and the match tells that an alias was used.
     */
    public Optional<DirectiveMatch> directive(String keyword) {
        return table.find(keyword);
    }

    /** The directives without which Bareos refuses the resource, by name. */
    public List<DirectiveSchema> requiredDirectives() {
        return required;
    }

    /** The canonical directive name closest to a keyword that matches none, for a "did you mean". */
    public Optional<String> suggestDirective(String keyword) {
        return table.suggest(keyword);
    }
}
