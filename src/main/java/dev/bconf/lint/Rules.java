package dev.bconf.lint;

import dev.bconf.lint.rules.AliasDirective;
import dev.bconf.lint.rules.DirectionFlagsMismatch;
import dev.bconf.lint.rules.DirectorAddressMissing;
import dev.bconf.lint.rules.HeartbeatMissing;
import dev.bconf.lint.rules.HeartbeatUnit;
import dev.bconf.lint.rules.LanAddressRedundant;
import dev.bconf.lint.rules.LanAddressUnpaired;
import dev.bconf.lint.rules.LoopbackAddress;
import dev.bconf.lint.rules.MissingPeerConfig;
import dev.bconf.lint.rules.NameMismatch;
import dev.bconf.lint.rules.NoControlChannel;
import dev.bconf.lint.rules.PassiveNeedsCompatibleOff;
import dev.bconf.lint.rules.PassiveUnreachableClient;
import dev.bconf.lint.rules.PasswordMismatch;
import dev.bconf.lint.rules.PortMismatch;
import dev.bconf.lint.rules.TlsMismatch;
import dev.bconf.lint.rules.DeprecatedDirective;
import dev.bconf.lint.rules.DuplicateDirective;
import dev.bconf.lint.rules.DuplicateResource;
import dev.bconf.lint.rules.InvalidValue;
import dev.bconf.lint.rules.MissingRequired;
import dev.bconf.lint.rules.MissingResource;
import dev.bconf.lint.rules.TimeUnitMonths;
import dev.bconf.lint.rules.TrailingTextIgnored;
import dev.bconf.lint.rules.UndefinedReference;
import dev.bconf.lint.rules.UnknownDirective;
import dev.bconf.lint.rules.UnknownResourceType;
import dev.bconf.lint.rules.UnquotedWordsJoined;
import dev.bconf.lint.rules.VersionMismatch;
import java.util.List;

/** The explicit, sorted registry of rule classes; no classpath scanning. */
final class Rules {

    static final List<DaemonRule> DAEMON_RULES = List.of(
            new UnknownResourceType(),
            new UnknownDirective(),
            new InvalidValue(),
            new MissingRequired(),
            new DuplicateDirective(),
            new DuplicateResource(),
            new UndefinedReference(),
            new DeprecatedDirective(),
            new VersionMismatch(),
            new AliasDirective(),
            new TrailingTextIgnored(),
            new UnquotedWordsJoined(),
            new TimeUnitMonths(),
            new MissingResource(),
            new DirectorAddressMissing(),
            new LanAddressRedundant(),
            new HeartbeatUnit());

    static final List<SiteRule> SITE_RULES = List.of(
            new HeartbeatMissing(),
            new DirectionFlagsMismatch(),
            new NoControlChannel(),
            new PassiveNeedsCompatibleOff(),
            new LanAddressUnpaired(),
            new NameMismatch(),
            new PasswordMismatch(),
            new PortMismatch(),
            new TlsMismatch(),
            new LoopbackAddress(),
            new PassiveUnreachableClient(),
            new MissingPeerConfig());

    private Rules() {
    }
}
