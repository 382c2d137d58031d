package dev.bconf.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Comma lists (res.cc {@code StoreAlistRes}, {@code StoreAlistStr}, {@code StoreStdVectorStr},
 * {@code StorePluginNames}, dird_conf.cc {@code StoreAcl}). They do not drop the rest of the
 * line: after each item they read one more token, and a token that is not a comma ends the
 * list and is lost, even when it is the resource's closing brace.
 */
final class ListParsers {

    /** The punctuation IsAclEntryValid accepts besides ASCII letters and digits. */
    private static final String ACL_PUNCTUATION = "!()[]|+?*.:_-'/";
    private static final int MAX_ACL_LENGTH = 127;

    private ListParsers() {
    }

    static Value resources(Reader r) {
        return new Value.ResourceList(items(r, Reader::name));
    }

    static Value strings(Reader r) {
        return new Value.StringList(items(r, Reader::string));
    }

    /**
     * Only the Storage Daemon's BackendDirectory is a real list; the other DIRECTORY_LIST
     * directives take one directory per line and drop the rest.
     */
    static Value directories(Reader r) {
        if (r.directive.keyword().is("BackendDirectory")) {
            return strings(r);
        }
        BareosToken t = r.string();
        r.scanToEol(Optional.of("Bareos keeps only `" + t.text() + "`: this directive takes one directory per "
                + "line and ignores the rest. Repeat the directive for each directory."));
        return new Value.StringList(List.of(t.text()));
    }

    static Value acl(Reader r) {
        return new Value.Acl(items(r, reader -> {
            BareosToken t = reader.string();
            checkAcl(reader, t);
            return t;
        }));
    }

    /** Read to the end of the line in ForceString mode; each word is split at {@code :}. */
    static Value pluginNames(Reader r) {
        List<String> names = new ArrayList<>();
        while (true) {
            BareosToken t = r.tokens.next(LexMode.FORCE_STRING);
            if (t.kind() == BareosToken.Kind.UNQUOTED_STRING || t.kind() == BareosToken.Kind.QUOTED_STRING) {
                names.addAll(Arrays.asList(t.text().split(":", -1)));
            } else if (t.kind() != BareosToken.Kind.COMMA) {
                return new Value.PluginNames(names);
            }
        }
    }

    private static List<String> items(Reader r, Function<Reader, BareosToken> item) {
        List<String> items = new ArrayList<>();
        do {
            items.add(item.apply(r).text());
        } while (continues(r));
        return items;
    }

    /** The token after an item: a comma goes on; anything else ends the list and is consumed. */
    private static boolean continues(Reader r) {
        String item = r.kept();
        BareosToken t = r.tokens.next(LexMode.DEFAULT);
        return switch (t.kind()) {
            case COMMA -> true;
            case EOL, EOF, BLOCK_END -> false;
            default -> {
                r.dropped(r.tokens.lastFrom(), r.tokens.lastTo(), Optional.of("Bareos reads `"
                        + r.shown(t.text()) + "` after `" + r.shown(item) + "` and forgets it: only a comma "
                        + "continues a list. Separate the items with commas."));
                yield false;
            }
        };
    }

    /** Bareos's {@code IsAclEntryValid}. */
    private static void checkAcl(Reader r, BareosToken t) {
        String entry = t.text();
        for (int i = 0; i < entry.length(); i++) {
            char c = entry.charAt(i);
            if (!(Chars.isLetter(c) || Chars.isDigit(c) || ACL_PUNCTUATION.indexOf(c) >= 0)) {
                throw r.reject("The character `" + c + "` is not allowed in an ACL entry. Entries may hold ASCII "
                        + "letters, digits and `" + ACL_PUNCTUATION + "`; no blanks, `^` or `$`.",
                        "Cannot store Acl: Illegal character \"" + c + "\" in acl.", t.span());
            }
        }
        if (entry.length() > MAX_ACL_LENGTH) {
            throw r.reject("An ACL entry may be at most " + MAX_ACL_LENGTH + " characters long.",
                    "Cannot store Acl: Acl too long.", t.span());
        }
        if (entry.isEmpty()) {
            throw r.reject("An ACL entry cannot be empty.", "Cannot store Acl: Acl must be at least one character "
                    + "long.", t.span());
        }
    }
}
