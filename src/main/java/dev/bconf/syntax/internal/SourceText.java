package dev.bconf.syntax.internal;

import dev.bconf.diagnostic.Diagnostic;
import dev.bconf.diagnostic.ReadingRules;
import dev.bconf.diagnostic.SourceSpan;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The text of one file as Bareos reads it: UTF-8, a UTF-8 byte-order mark noted and removed,
 * UTF-16 refused, and every line ending turned into a newline.
 *
 * @param text      the decoded text, empty when the file cannot be read as text
 * @param utf8Bom   whether the file started with a UTF-8 byte-order mark
 * @param readable  false for UTF-16 files, which Bareos refuses
 * @param findings  encoding findings (BC005)
 */
public record SourceText(String text, boolean utf8Bom, boolean readable, List<Diagnostic> findings) {

    public SourceText {
        findings = List.copyOf(findings);
    }

    public static SourceText decode(Path file, byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return refused(file, "is UTF-16 (little-endian byte-order mark); Bareos reads only UTF-8. "
                    + "Convert it, e.g. with iconv -f UTF-16 -t UTF-8.");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return refused(file, "is UTF-16 (big-endian byte-order mark); Bareos reads only UTF-8. "
                    + "Convert it, e.g. with iconv -f UTF-16BE -t UTF-8.");
        }
        Optional<String> unmarked = unmarkedUtf16(bytes);
        if (unmarked.isPresent()) {
            return refused(file, "looks like UTF-16 (" + unmarked.get() + ", no byte-order mark: every other byte "
                    + "is 0); Bareos reads only UTF-8. Convert it, e.g. with iconv -f UTF-16"
                    + (unmarked.get().startsWith("little") ? "LE" : "BE") + " -t UTF-8.");
        }
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF;
        int offset = bom ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        Optional<Diagnostic> bad = Optional.empty();
        try {
            CharBuffer chars = decoder.decode(in);
            text = chars.toString();
        } catch (CharacterCodingException e) {
            // Bareos works on bytes, so keep going byte for byte to find further problems.
            text = new String(bytes, offset, bytes.length - offset, StandardCharsets.ISO_8859_1);
            bad = Optional.of(firstInvalidByte(file, bytes, offset));
        }
        return new SourceText(normalizeLineEnds(text), bom, true, bad.stream().toList());
    }

    /**
     * UTF-16 text written without a byte-order mark (as {@code iconv -t UTF-16LE} writes it)
     * has a 0 in every other byte wherever it is ASCII; binary noise and text do not.
     */
    private static Optional<String> unmarkedUtf16(byte[] bytes) {
        int sample = Math.min(bytes.length, 1024) & ~1;
        if (sample < 4) {
            return Optional.empty();
        }
        int[] zeros = new int[2];
        for (int i = 0; i < sample; i++) {
            if (bytes[i] == 0) {
                zeros[i & 1]++;
            }
        }
        int half = sample / 2;
        if (zeros[1] * 10 >= half * 3 && zeros[0] * 20 < half) {
            return Optional.of("little-endian");
        }
        if (zeros[0] * 10 >= half * 3 && zeros[1] * 20 < half) {
            return Optional.of("big-endian");
        }
        return Optional.empty();
    }

    private static SourceText refused(Path file, String why) {
        return new SourceText("", false, false, List.of(Diagnostic.of(ReadingRules.ENCODING,
                SourceSpan.startOf(file), "The file " + why)));
    }

    /** CR LF and a lone CR both end a line, as in Bareos's line reader. */
    static String normalizeLineEnds(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * Where decoding stops, counted as the lexer counts: lines ended by LF, CR LF or CR, columns
     * in characters.
     */
    private static Diagnostic firstInvalidByte(Path file, byte[] bytes, int offset) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length), true);
        if (!result.isError() || in.position() >= bytes.length) {
            return Diagnostic.of(ReadingRules.ENCODING, SourceSpan.startOf(file),
                    "The file is not valid UTF-8; re-save it as UTF-8.");
        }
        String before = normalizeLineEnds(new String(bytes, offset, in.position() - offset, StandardCharsets.UTF_8));
        int lineStart = before.lastIndexOf('\n') + 1;
        int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
        int column = 1 + before.codePointCount(lineStart, before.length());
        return Diagnostic.of(ReadingRules.ENCODING, SourceSpan.at(file, line, column),
                String.format("Byte 0x%02X is not valid UTF-8; Bareos configuration files must be UTF-8. "
                        + "Re-save the file as UTF-8.", bytes[in.position()] & 0xff));
    }
}
