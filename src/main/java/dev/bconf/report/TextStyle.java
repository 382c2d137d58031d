package dev.bconf.report;

import dev.bconf.diagnostic.Severity;

/** The colours of the text format: ANSI escapes as compilers use them on a terminal, or none. */
final class TextStyle {

    static final TextStyle PLAIN = new TextStyle(false);
    static final TextStyle ANSI = new TextStyle(true);

    private static final String RESET = "\u001b[0m";

    private final boolean on;

    private TextStyle(boolean on) {
        this.on = on;
    }

    String location(String text) {
        return paint("1", text);
    }

    String severity(Severity severity, String text) {
        return paint(switch (severity) {
            case ERROR -> "1;31";
            case WARNING -> "1;35";
            case INFO -> "1;36";
        }, text);
    }

    String note(String text) {
        return paint("1;36", text);
    }

    String caret(String text) {
        return paint("1;32", text);
    }

    String faint(String text) {
        return paint("2", text);
    }

    String summary(String text) {
        return paint("1", text);
    }

    private String paint(String code, String text) {
        return on && !text.isEmpty() ? "\u001b[" + code + "m" + text + RESET : text;
    }
}
