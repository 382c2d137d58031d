package dev.bconf.report;

import dev.bconf.discover.DaemonKind;
import dev.bconf.schema.BareosVersion;
import dev.bconf.schema.Catalogue;
import dev.bconf.schema.Datatype;
import dev.bconf.schema.DaemonSchema;
import dev.bconf.schema.DirectiveSchema;
import dev.bconf.schema.ResourceSchema;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
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

    /** What ends an unquoted value: the next statement, a comment or a block. */
    private static final String STATEMENT_ENDS = ";#{}\r\n";

    /**
     * A keyword at the start of a statement naming a secret, then blanks and an optional
     * {@code =} (a broken line is shown too); {@link #values} reads the value after it.
     */
    private static final Pattern KEYWORD = Pattern.compile("(?:^|[{;])[ \\t]*(?:" + keywordAlternatives()
            + ")[ \\t]*(?:=[ \\t]*)?", Pattern.CASE_INSENSITIVE);

    private SecretNames() {
    }

    /**
     * The secret values set on a line, as {@code [start, end)} character indices: a quoted value
     * to its closing quote (or the end of the line), an unquoted one to the end of its statement.
     * The value is read by hand because a regular expression recurses once per character over a
     * quoted string and a line can be a hundred thousand characters long.
     */
    static List<int[]> values(String line) {
        List<int[]> found = new ArrayList<>();
        Matcher m = KEYWORD.matcher(line);
        int from = 0;
        while (from <= line.length() && m.find(from)) {
            int start = m.end();
            int end = valueEnd(line, start);
            if (end > start) {
                found.add(new int[] {start, end});
                from = end;
            } else {
                from = m.start() + 1;
            }
        }
        return found;
    }

    private static int valueEnd(String line, int start) {
        if (start >= line.length()) {
            return start;
        }
        char first = line.charAt(start);
        if (first == '"') {
            for (int i = start + 1; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    return i + 1;
                }
            }
            return line.length();
        }
        if (Character.isWhitespace(first) || first == '=' || STATEMENT_ENDS.indexOf(first) >= 0) {
            return start;
        }
        int end = start + 1;
        for (int i = start + 1; i < line.length() && STATEMENT_ENDS.indexOf(line.charAt(i)) < 0; i++) {
            if (!Character.isWhitespace(line.charAt(i))) {
                end = i + 1;
            }
        }
        return end;
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
