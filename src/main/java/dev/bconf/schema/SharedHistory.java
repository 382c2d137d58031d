package dev.bconf.schema;

import java.util.List;
import java.util.Map;

/**
 * What every program's catalogue shares. Only the director publishes datatype details, but
 * the datatypes are the same in every program.
 *
 * @param versions the catalogued versions, oldest first
 * @param keywords the accepted words of each keyword datatype
 * @param blocks   the items of each block datatype by folded name
 */
record SharedHistory(
        List<BareosVersion> versions,
        Map<Datatype, List<String>> keywords,
        Map<Datatype, Map<String, DirectiveHistory>> blocks) {

    SharedHistory {
        versions = List.copyOf(versions);
        keywords = Map.copyOf(keywords);
        blocks = Map.copyOf(blocks);
    }
}
