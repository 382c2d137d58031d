package dev.bconf.lint;

import dev.bconf.site.NetworkSite;

/** A rule about how daemons connect, across their configurations (BC2xx). */
public interface SiteRule extends Rule {
    void check(NetworkSite site, SiteReporter reporter);
}
