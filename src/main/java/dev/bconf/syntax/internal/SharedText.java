package dev.bconf.syntax.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One instance of each short text that configurations repeat thousands of times: directive
 * keywords and the blanks between words. A site of 10,000 clients held a million copies of
 * {@code Name}, {@code " "} and the like in its syntax trees, and the collector copied every one.
 * The table is bounded, so that no input can make it grow without end, and it is never given
 * text that may hold a secret (see {@code TreeBuilder}).
 */
final class SharedText {

    private static final int LONGEST = 40;
    private static final int MOST = 1 << 16;
    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();

    private SharedText() {
    }

    static String of(String text) {
        if (text.length() > LONGEST) {
            return text;
        }
        String shared = TEXTS.get(text);
        if (shared != null) {
            return shared;
        }
        if (TEXTS.size() >= MOST) {
            return text;
        }
        shared = TEXTS.putIfAbsent(text, text);
        return shared == null ? text : shared;
    }
}
