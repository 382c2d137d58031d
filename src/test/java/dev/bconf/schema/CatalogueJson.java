package dev.bconf.schema;

import java.util.Map;
import java.util.TreeMap;

/**
 * The bundled catalogue's JSON form of directive histories, as {@link CatalogueLoader} reads
 * it back: what is usual (code 0, {@code =} used, not required ...) is left out.
 */
final class CatalogueJson {

    private CatalogueJson() {
    }

    static Map<String, Object> directive(DirectiveHistory h) {
        Map<String, Object> json = lifespan(h.lifespan());
        json.put("states", h.states().stream().map(CatalogueJson::state).toList());
        return json;
    }

    static Map<String, Object> directives(Map<String, DirectiveHistory> histories) {
        Map<String, Object> json = new TreeMap<>();
        histories.values().forEach(h -> json.put(h.name(), directive(h)));
        return json;
    }

    static Map<String, Object> lifespan(Lifespan lifespan) {
        Map<String, Object> json = new TreeMap<>();
        lifespan.since().ifPresent(v -> json.put("since", v.toString()));
        lifespan.until().ifPresent(v -> json.put("until", v.toString()));
        if (lifespan.deprecated()) {
            json.put("deprecated", true);
        }
        lifespan.deprecatedSince().ifPresent(v -> json.put("deprecatedSince", v.toString()));
        return json;
    }

    private static Map<String, Object> state(DirectiveState s) {
        Map<String, Object> json = new TreeMap<>();
        json.put("datatype", s.datatype().name());
        if (s.code() != 0) {
            json.put("code", s.code());
        }
        if (!s.equalsSign()) {
            json.put("equals", false);
        }
        s.defaultValue().ifPresent(d -> json.put("default", d));
        if (s.required()) {
            json.put("required", true);
        }
        if (s.platformSpecific()) {
            json.put("platformSpecific", true);
        }
        s.aliasOf().ifPresent(a -> json.put("aliasOf", a));
        s.references().ifPresent(r -> json.put("references", r));
        s.from().ifPresent(f -> json.put("from", f.toString()));
        return json;
    }
}
