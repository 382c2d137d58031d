package dev.bconf.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Messages resource destinations (res.cc {@code StoreMsgs}, {@code ScanTypes};
 * dialect.md §5.1 MESSAGES). The directive's keyword decides the form:
 * {@code Console = types}, {@code Mail = a@b, c@d = types}, {@code File = "path" = types},
 * {@code Syslog = [facility =] types}.
 */
final class MessagesParser {

    private static final List<String> TYPES = List.of("debug", "abort", "fatal", "error", "warning", "info",
            "saved", "notsaved", "skipped", "mount", "terminate", "restored", "security", "alert", "volmgmt",
            "audit", "all");
    private static final List<String> TYPES_ONLY = List.of("stdout", "stderr", "console", "catalog");
    private static final List<String> TO_ADDRESSES = List.of("operator", "director", "mail", "mailonerror",
            "mailonsuccess");
    private static final List<String> TO_FILE = List.of("file", "append");

    private final Reader r;
    private boolean endedAfterNegatedType;

    private MessagesParser(Reader r) {
        this.r = r;
    }

    static Value parse(Reader r) {
        return new MessagesParser(r).read();
    }

    private Value read() {
        String keyword = r.directive.keyword().name().toLowerCase(Locale.ROOT);
        List<String> destinations = new ArrayList<>();
        if (TO_ADDRESSES.contains(keyword)) {
            addresses(destinations);
        } else if (TO_FILE.contains(keyword)) {
            destinations.add(r.string().text());
            equalsSign();
        } else if (keyword.equals("syslog") && equalsOnLine() > 1) {
            destinations.add(r.name().text());
            r.tokens.nextSkippingEol(LexMode.DEFAULT);
        } else if (!keyword.equals("syslog") && !TYPES_ONLY.contains(keyword)) {
            throw r.reject("`" + r.directive.keyword().written() + "` is not a message destination.", "",
                    r.directive.keyword().span());
        }
        List<Value.Messages.MessageType> types = types();
        r.scanToEol(endedAfterNegatedType ? Optional.of("Bareos stops reading message types at `!" + types
                .get(types.size() - 1).name() + "` because a blank stands between it and the comma (a `!`-type "
                + "ends at the blank, a plain type would have swallowed it), so the rest of the list is silently "
                + "ignored. Remove the blank before the comma.") : Optional.empty());
        return new Value.Messages(destinations, types);
    }

    private void addresses(List<String> destinations) {
        while (true) {
            destinations.add(r.name().text());
            BareosToken t = r.tokens.nextSkippingEol(LexMode.DEFAULT);
            if (t.kind() == BareosToken.Kind.EQUALS) {
                return;
            }
            if (t.kind() != BareosToken.Kind.COMMA) {
                throw r.reject("Bareos expects `,` and another destination, or `=` and the message types.",
                        "expected an =, got: " + t.text(), t.span());
            }
        }
    }

    private void equalsSign() {
        BareosToken t = r.tokens.nextSkippingEol(LexMode.DEFAULT);
        if (t.kind() != BareosToken.Kind.EQUALS) {
            throw r.reject("Bareos expects `=` and the message types after the destination.",
                    "expected an =, got: " + t.text(), t.span());
        }
    }

    /**
     * Bareos tells {@code Syslog = facility = types} from {@code Syslog = types} by counting
     * the {@code =} of the line up to its first {@code ,} or {@code ;}.
     */
    private int equalsOnLine() {
        int count = 1;
        for (Piece p : r.tokens.pieces()) {
            for (char c : p.raw().toCharArray()) {
                if (c == ',' || c == ';') {
                    return count;
                }
                count += c == '=' ? 1 : 0;
            }
        }
        return count;
    }

    private static Optional<String> canonicalType(String name) {
        for (String type : TYPES) {
            if (Chars.equalsIgnoreCase(type, name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** A comma list of types; it goes on only when the character right after a type is a comma. */
    private List<Value.Messages.MessageType> types() {
        List<Value.Messages.MessageType> types = new ArrayList<>();
        while (true) {
            BareosToken t = r.name();
            boolean negated = t.text().startsWith("!");
            String name = negated ? t.text().substring(1) : t.text();
            String canonical = canonicalType(name).orElseThrow(() -> r.reject("`" + name
                    + "` is not a message type. Types are " + String.join(", ", TYPES)
                    + ", each optionally negated with `!`.", "message type: " + name + " not found", t.span()));
            types.add(new Value.Messages.MessageType(canonical, negated));
            if (r.tokens.ch() != ',') {
                endedAfterNegatedType = negated && Chars.isBlank(r.tokens.ch())
                        && r.tokens.pieces().get(r.tokens.position()).kind() == Piece.Kind.COMMA;
                return types;
            }
            r.tokens.next(LexMode.DEFAULT);
        }
    }
}
