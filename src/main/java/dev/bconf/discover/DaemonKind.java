package dev.bconf.discover;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The Bareos programs whose configuration bconf reads. */
public enum DaemonKind {
    DIRECTOR("director", "bareos-dir", "bacula-dir"),
    FILE_DAEMON("client", "bareos-fd", "bacula-fd"),
    STORAGE_DAEMON("storage", "bareos-sd", "bacula-sd"),
    CONSOLE("console", "bconsole", "bconsole"),
    TRAY_MONITOR("tray-monitor", "tray-monitor", "tray-monitor");

    private final String label;
    private final String baseName;
    private final List<String> stems;

    DaemonKind(String label, String baseName, String baculaBaseName) {
        this.label = label;
        this.baseName = baseName;
        this.stems = List.of(baseName, baculaBaseName).stream().distinct().toList();
    }

    /** The stems of its files and folders: Bareos's name, and Bacula's where it differs. */
    List<String> stems() {
        return stems;
    }

    /** The name used in messages and JSON: {@code director}, {@code client}, {@code storage}, ... */
    public String label() {
        return label;
    }

    /** The file name stem Bareos uses: {@code bareos-dir} for {@code bareos-dir.conf} and {@code bareos-dir.d}. */
    public String baseName() {
        return baseName;
    }

    /** The kind whose configuration a file or directory of this name holds, e.g. {@code bareos-fd.d}. */
    public static Optional<DaemonKind> fromFileName(String fileName) {
        // Asked of every name in every folder of a site: compared in place, without building names.
        String name = fileName.toLowerCase(Locale.ROOT);
        for (DaemonKind kind : values()) {
            for (String stem : kind.stems) {
                if (!name.startsWith(stem)) {
                    continue;
                }
                String rest = name.substring(stem.length());
                // Test and example files such as bareos-dir-CFG_TYPE_STR.conf keep the stem.
                if (rest.equals(".conf") || rest.equals(".d") || (rest.startsWith("-") && rest.endsWith(".conf"))) {
                    return Optional.of(kind);
                }
            }
        }
        return Optional.empty();
    }

    /** Parses a label ({@code director}, {@code client}, {@code fd}, ...). */
    public static Optional<DaemonKind> fromLabel(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        for (DaemonKind kind : values()) {
            if (kind.label.equals(t) || kind.baseName.equals(t) || kind.name().equalsIgnoreCase(t)) {
                return Optional.of(kind);
            }
        }
        return switch (t) {
            case "dir" -> Optional.of(DIRECTOR);
            case "fd", "filedaemon", "file-daemon" -> Optional.of(FILE_DAEMON);
            case "sd", "storagedaemon", "storage-daemon" -> Optional.of(STORAGE_DAEMON);
            default -> Optional.empty();
        };
    }
}
