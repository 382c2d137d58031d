package dev.bconf.model;

/**
 * The address literals {@code inet_pton} accepts, which Bareos uses without asking any
 * resolver. Everything else is a host name.
 */
final class IpLiterals {

    private IpLiterals() {
    }

    /** Four decimal octets 0-255 without leading zeros. */
    static boolean isIpv4(String s) {
        String[] octets = s.split("\\.", -1);
        if (octets.length != 4) {
            return false;
        }
        for (String o : octets) {
            if (o.isEmpty() || o.length() > 3 || !CNumbers.isAnInteger(o) || (o.length() > 1 && o.charAt(0) == '0')
                    || Integer.parseInt(o) > 255) {
                return false;
            }
        }
        return true;
    }

    /** Up to eight groups of 1-4 hex digits, one {@code ::} at most, an IPv4 tail allowed. */
    static boolean isIpv6(String s) {
        int doubleColon = s.indexOf("::");
        if (doubleColon >= 0 && s.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        if (doubleColon >= 0) {
            int left = groups(s.substring(0, doubleColon), false);
            int right = groups(s.substring(doubleColon + 2), true);
            return left >= 0 && right >= 0 && left + right <= 7;
        }
        return groups(s, true) == 8;
    }

    /** The number of 16-bit groups in a colon-separated run, -1 when malformed. */
    private static int groups(String run, boolean ipv4TailAllowed) {
        if (run.isEmpty()) {
            return 0;
        }
        String[] parts = run.split(":", -1);
        int count = 0;
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (i == parts.length - 1 && ipv4TailAllowed && p.contains(".")) {
                if (!isIpv4(p)) {
                    return -1;
                }
                count += 2;
            } else if (p.isEmpty() || p.length() > 4 || !p.chars().allMatch(c -> Character.digit(c, 16) >= 0
                    && c < 128)) {
                return -1;
            } else {
                count++;
            }
        }
        return count;
    }
}
