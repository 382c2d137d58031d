package dev.bconf.lint;

import dev.bconf.diagnostic.RuleInfo;

/** A check with a stable id. Rules report through a {@link Reporter}; they never format positions. */
public interface Rule {
    RuleInfo info();
}
