package dev.bconf.lint;

import dev.bconf.model.DaemonConfig;

/** A rule about one daemon's configuration on its own (BC1xx). */
public interface DaemonRule extends Rule {
    void check(DaemonConfig config, Reporter reporter);
}
