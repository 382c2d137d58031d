package dev.bconf.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * MD5PASSWORD, CLEARPASSWORD and AUTOPASSWORD (res.cc {@code StoreMd5Password},
 * {@code StoreClearpassword}). Nothing here ever puts a password into a message.
 */
final class PasswordParsers {

    private static final String MD5_PREFIX = "[md5]";
    /** MD5 of the empty string; Bareos compares it case-sensitively, so only this spelling counts as empty. */
    private static final String EMPTY_MD5 = "d41d8cd98f00b204e9800998ecf8427e";
    private static final String HEX_DIGITS = "0123456789ABCDEFabcdef";

    private PasswordParsers() {
    }

    static Value md5(Reader r) {
        return read(r, Value.Password.Encoding.MD5);
    }

    static Value clear(Reader r) {
        return read(r, Value.Password.Encoding.CLEAR);
    }

    /** How an AUTOPASSWORD is kept depends on the resource; the caller says so through the context. */
    static Value auto(Reader r) {
        return read(r, r.context.autoPassword());
    }

    private static Value read(Reader r, Value.Password.Encoding encoding) {
        BareosToken t = r.string();
        String written = t.text();
        Value.Password password;
        if (encoding == Value.Password.Encoding.CLEAR) {
            if (r.context.required() && written.isEmpty()) {
                throw empty(r, t, " not allowed.");
            }
            password = new Value.Password(encoding, written);
        } else if (written.startsWith(MD5_PREFIX)) {
            password = new Value.Password(encoding, givenDigest(r, t, written.substring(MD5_PREFIX.length())));
        } else {
            if (r.context.required() && written.isEmpty()) {
                throw empty(r, t, "");
            }
            password = new Value.Password(encoding, md5Hex(written));
        }
        r.scanToEol();
        return password;
    }

    /** A digest written after {@code [md5]}: kept as written, upper case included. */
    private static String givenDigest(Reader r, BareosToken t, String hex) {
        if (r.context.required() && hex.startsWith(EMPTY_MD5)) {
            throw empty(r, t, "");
        }
        int bytes = hex.getBytes(StandardCharsets.UTF_8).length;
        if (bytes != 32) {
            throw r.reject("After `[md5]` Bareos expects the 32 hexadecimal digits of an MD5 digest, not " + bytes
                    + " characters. Write the digest in full, or the clear password without `[md5]`.",
                    "md5 password does not have the right size; expected: 32, got: " + bytes, t.span());
        }
        if (!hex.chars().allMatch(c -> HEX_DIGITS.indexOf(c) >= 0)) {
            throw r.reject("After `[md5]` Bareos expects hexadecimal digits only (0-9, a-f).",
                    "md5 password contains non hexadecimal characters", t.span());
        }
        return hex;
    }

    private static Reader.Rejection empty(Reader r, BareosToken t, String suffix) {
        String resource = r.context.resourceName().map(n -> " in Resource \"" + n + "\"").orElse("");
        return r.reject("This password is required and Bareos refuses an empty one (also as the MD5 of the empty "
                + "string, spelled in lower case). Set a password.", "Empty Password not allowed" + resource
                + suffix, t.span());
    }

    /** The lower-case hex MD5 of the password's bytes, as Bareos stores a clear password. */
    private static String md5Hex(String clear) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(clear.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    }
}
