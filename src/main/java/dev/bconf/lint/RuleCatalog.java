package dev.bconf.lint;

import dev.bconf.diagnostic.ReadingRules;
import dev.bconf.diagnostic.RuleInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Every rule bconf has, sorted by id, with its documentation page. */
public final class RuleCatalog {

    private RuleCatalog() {
    }

    /** All rules, sorted by id. */
    public static List<RuleInfo> all() {
        List<RuleInfo> all = new ArrayList<>(ReadingRules.ALL);
        Rules.DAEMON_RULES.forEach(r -> all.add(r.info()));
        Rules.SITE_RULES.forEach(r -> all.add(r.info()));
        all.sort(Comparator.comparing(RuleInfo::id));
        return List.copyOf(all);
    }

    /** The rule with this id (any case). */
    public static Optional<RuleInfo> find(String id) {
        String wanted = id.strip().toUpperCase(Locale.ROOT);
        return all().stream().filter(r -> r.id().equals(wanted)).findFirst();
    }

    /** The rule's documentation page (Markdown), shipped inside the jar. */
    public static Optional<String> documentation(RuleInfo rule) {
        try (InputStream in = RuleCatalog.class.getResourceAsStream("/dev/bconf/rules/" + rule.id() + ".md")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
