package dev.bconf.report;

import dev.bconf.discover.DaemonKind;
import dev.bconf.schema.BareosVersion;
import dev.bconf.schema.Catalogue;
import dev.bconf.schema.Datatype;
import dev.bconf.schema.DaemonSchema;
import dev.bconf.schema.DirectiveSchema;
import dev.bconf.schema.ResourceSchema;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The directives whose values are secrets: every name (aliases included) that any catalogued
 * Bareos version types as a password, and, for directives the catalogue does not know, any
 * keyword containing "password".
 */
final class SecretNames {

    private static final Set<Datatype> PASSWORDS =
            EnumSet.of(Datatype.AUTOPASSWORD, Datatype.MD5PASSWORD, Datatype.CLEARPASSWORD);

    private static final Set<String> FOLDED = catalogued();

    /**
     * A keyword at the start of a statement naming a secret, then its value: with or without
     * {@code =} (a broken line is shown too), quoted to the closing quote, or unquoted to the
     * end of the statement.
     */
    static final Pattern STATEMENT = Pattern.compile("(?:^|[{;])[ \\t]*(?:" + keywordAlternatives() + ")"
            + "[ \\t]*(?:=[ \\t]*)?(\"(?:[^\"\\\\]|\\\\.)*\"?|[^\\s;#{}=\"](?:[^;#{}\\r\\n]*[^\\s;#{}])?)",
            Pattern.CASE_INSENSITIVE);

    private SecretNames() {
    }

    /** True when a keyword, written any way Bareos accepts (case and blanks ignored), names a secret. */
    static boolean isSecret(String keyword) {
        String folded = keyword.replace(" ", "").replace("\t", "").toLowerCase(Locale.ROOT);
        return FOLDED.contains(folded) || folded.contains("password");
    }

    private static Set<String> catalogued() {
        Set<String> names = new TreeSet<>();
        for (BareosVersion version : Catalogue.versions()) {
            for (DaemonKind kind : DaemonKind.values()) {
                for (ResourceSchema resource : Catalogue.forVersion(kind, version).map(DaemonSchema::resourceTypes)
                        .orElse(java.util.List.of())) {
                    java.util.stream.Stream.concat(resource.directives().stream(), resource.aliases().stream())
                            .filter(d -> PASSWORDS.contains(d.datatype())).map(DirectiveSchema::name)
                            .forEach(n -> names.add(n.toLowerCase(Locale.ROOT)));
                }
            }
        }
        return Set.copyOf(names);
    }

    /** Each name with blanks allowed between its letters, as Bareos reads keywords. */
    private static String keywordAlternatives() {
        String catalogued = FOLDED.stream().sorted((a, b) -> b.length() - a.length())
                .map(n -> n.chars().mapToObj(c -> Character.toString(c)).collect(Collectors.joining("[ \\t]*")))
                .collect(Collectors.joining("|"));
        return catalogued + "|[a-z]*password[a-z]*";
    }
}
