package dev.bconf.report;

import dev.bconf.diagnostic.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * SARIF partial fingerprints that stay the same when lines move: a hash of the rule, the file,
 * the resource and the message with numbers and the working directory left out, then the
 * how-many-th finding with that hash it is, so that two alike findings in one file stay apart.
 */
final class Fingerprints {

    static final String KEY = "bconf/v1";

    private final PathDisplay paths;
    private final Map<String, Integer> seen = new HashMap<>();

    Fingerprints(PathDisplay paths) {
        this.paths = paths;
    }

    /** The fingerprint of the next finding, in report order. */
    String next(Diagnostic d) {
        String resource = d.subject().map(s -> s.daemon() + "/" + s.host().orElse("") + "/" + s.resourceType()
                + "/" + s.resourceName().orElse("")).orElse("");
        String message = d.message().replace(paths.workingDirectory().toString(), "")
                .replaceAll("\\d+", "0").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        String hash = sha256(d.rule().id() + "\n" + paths.show(d.location().file()) + "\n" + resource + "\n" + message);
        return hash + ":" + seen.merge(hash, 1, Integer::sum);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
