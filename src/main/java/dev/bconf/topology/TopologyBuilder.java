package dev.bconf.topology;

import dev.bconf.diagnostic.Diagnostic;
import dev.bconf.model.Resource;
import dev.bconf.site.Agreement;
import dev.bconf.site.ClientFlags;
import dev.bconf.site.ClientLink;
import dev.bconf.site.JobUse;
import dev.bconf.site.NetworkSite;
import dev.bconf.site.Settings;
import dev.bconf.site.StorageLink;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Computes the connections of a site the way the daemons make them (spec network.md §1-§5):
 * control channels in the order the Director tries them, data channels by passive mode and
 * the both-or-nothing LanAddress rule, each marked broken with the rule that explains it.
 */
public final class TopologyBuilder {

    private static final String FD = "File Daemon";
    private static final String SD = "Storage Daemon";

    private final NetworkSite site;
    private final Optional<Resource> director;
    // Looked up per client: going over every job use for each client was quadratic in the site.
    private final Map<ClientLink, List<JobUse>> usesByClient = new IdentityHashMap<>();

    private TopologyBuilder(NetworkSite site) {
        this.site = site;
        this.director = site.directorResource();
        for (JobUse use : site.jobUses()) {
            usesByClient.computeIfAbsent(use.client(), c -> new ArrayList<>()).add(use);
        }
    }

    /** The topology of a site; {@code findings} are its diagnostics, of which the BC2xx ones are kept. */
    public static Topology of(NetworkSite site, List<Diagnostic> findings) {
        TopologyBuilder b = new TopologyBuilder(site);
        List<ClientTopology> clients = site.clients().stream().map(b::client).toList();
        List<StorageTopology> storages = site.storages().stream().map(b::storage).toList();
        List<Diagnostic> problems = findings.stream().filter(d -> d.rule().id().startsWith("BC2")).toList();
        return new Topology(site.directorName(), b.director.map(Resource::header),
                site.director().flatMap(d -> d.source().host()), clients, storages, problems);
    }

    private String directorName() {
        return site.directorName().orElse("director");
    }

    private ClientTopology client(ClientLink c) {
        ClientFlags flags = ClientFlags.of(c);
        List<Connection> control = new ArrayList<>();
        if (flags.dirAccepts() || flags.fdDials().orElse(false)) {
            control.add(clientToDirector(c, flags));
        }
        if (flags.dirDials()) {
            control.add(directorToClient(c, flags));
        }
        List<DataChannel> data = new ArrayList<>();
        for (JobUse use : usesByClient.getOrDefault(c, List.of())) {
            data.add(new DataChannel(use.storage().name(), use.jobs(), data(use)));
        }
        return new ClientTopology(c.name(), c.fd().flatMap(f -> f.source().host()),
                Settings.flag(c.client(), "Passive", false), control, data);
    }

    private Connection clientToDirector(ClientLink c, ClientFlags flags) {
        Optional<Resource> fdDir = c.fdDirector();
        Optional<String> broken = first(
                rule("BC203", !flags.directorToClient() && !flags.clientToDirector()),
                rule("BC202", !flags.dirAccepts() || !flags.fdDials().orElse(true)),
                rule("BC209", c.fd().isPresent() && (fdDir.isEmpty() || !ownNameKnown(c))),
                rule("BC204", fdDir.isPresent() && Settings.text(fdDir.get(), "Address").isEmpty()),
                rule("BC210", fdDir.isPresent() && !Agreement.passwordAgrees(c.client(), fdDir.get())),
                rule("BC211", fdDir.isPresent() && director.isPresent()
                        && !Agreement.portAgrees(fdDir.get(), director.get(), "Dir")),
                rule("BC212", fdDir.isPresent() && !Settings.flag(fdDir.get(), "TlsEnable", true)
                        && Agreement.tlsRequired(c.client())));
        OptionalLong heartbeat = c.fdClient().map(r -> Settings.seconds(r, "HeartbeatInterval"))
                .orElse(OptionalLong.empty());
        Reasons why = new Reasons().add(c.client(), ClientFlags.FROM_CLIENT).add(FD, fdDir, ClientFlags.FROM_CLIENT)
                .add(FD, fdDir, "Address").add(FD, fdDir, "Port").add(FD, c.fdClient(), "HeartbeatInterval");
        return new Connection(Initiator.CLIENT, c.name(), directorName(),
                fdDir.flatMap(d -> Settings.text(d, "Address")), fdDir.map(d -> Settings.port(d, "Port"))
                        .orElse(OptionalInt.empty()), "Address", broken, heartbeat, why.list());
    }

    private Connection directorToClient(ClientLink c, ClientFlags flags) {
        Resource client = c.client();
        Optional<Resource> fdDir = c.fdDirector();
        boolean legacy = c.fd().filter(f -> !Agreement.hasTlsPsk(f.version())).isPresent();
        Optional<String> broken = first(
                rule("BC203", !flags.directorToClient() && !flags.clientToDirector()),
                rule("BC202", !flags.fdAcceptsDial().orElse(true)),
                rule("BC209", c.fd().isPresent() && fdDir.isEmpty()),
                rule("BC210", fdDir.isPresent() && !Agreement.passwordAgrees(client, fdDir.get())),
                rule("BC211", c.fdClient().isPresent() && !Agreement.portAgrees(client, c.fdClient().get(), "Fd")),
                rule("BC212", fdDir.isPresent() && (Agreement.clearTextRefused(client, fdDir.get(),
                        c.fd().orElseThrow().version())
                        || legacy && Agreement.tlsRequired(client))));
        Reasons why = new Reasons().add(client, ClientFlags.FROM_DIRECTOR).add(FD, fdDir, ClientFlags.FROM_DIRECTOR)
                .add(client, "Address").add(client, "Port").add(client, "HeartbeatInterval");
        return new Connection(Initiator.DIRECTOR, directorName(), c.name(), Settings.text(client, "Address"),
                Settings.port(client, "Port"), "Address", broken, heartbeat(client), why.list());
    }

    /** The Director's keepalive on a socket it dials: the peer resource's, else its own. */
    private OptionalLong heartbeat(Resource peer) {
        long own = Settings.seconds(peer, "HeartbeatInterval").orElse(0);
        if (own > 0 || director.isEmpty()) {
            return OptionalLong.of(own);
        }
        return Settings.seconds(director.get(), "HeartbeatInterval");
    }

    private boolean ownNameKnown(ClientLink c) {
        boolean dials = c.fdDirector().filter(d -> Settings.flag(d, ClientFlags.FROM_CLIENT, false)).isPresent();
        return !dials || c.fdClient().flatMap(Resource::name).flatMap(site::client).isPresent();
    }

    private Connection data(JobUse use) {
        Resource client = use.client().client();
        Resource storage = use.storage().storage();
        boolean lan = Settings.text(client, "LanAddress").isPresent() && Settings.text(storage, "LanAddress").isPresent();
        String via = lan ? "LanAddress" : "Address";
        Reasons why = new Reasons().add(client, "Passive").add(client, "LanAddress").add(storage, "LanAddress");
        if (use.passive()) {
            Optional<String> address = Settings.text(client, via);
            Optional<String> broken = first(
                    rule("BC205", use.client().fdClient().filter(r -> Settings.flag(r, "Compatible", false)).isPresent()),
                    rule("BC213", address.filter(Agreement::isLoopback).isPresent() && use.crossesHosts()),
                    rule("BC211", use.client().fdClient().isPresent()
                            && !Agreement.portAgrees(client, use.client().fdClient().get(), "Fd")));
            why.add(client, via).add(client, "Port").add(SD, use.storage().sdStorage(), "HeartbeatInterval");
            OptionalLong heartbeat = use.storage().sdStorage().map(r -> Settings.seconds(r, "HeartbeatInterval"))
                    .orElse(OptionalLong.empty());
            return new Connection(Initiator.STORAGE, use.storage().name(), use.client().name(), address,
                    Settings.port(client, "Port"), via, broken, heartbeat, why.list());
        }
        Optional<String> address = Settings.text(storage, via);
        Optional<String> broken = first(
                rule("BC213", address.filter(Agreement::isLoopback).isPresent() && use.crossesHosts()),
                rule("BC211", use.storage().sdStorage().isPresent()
                        && !Agreement.portAgrees(storage, use.storage().sdStorage().get(), "Sd")));
        why.add(storage, via).add(storage, "Port").add(FD, use.client().fdClient(), "HeartbeatInterval");
        OptionalLong heartbeat = use.client().fdClient().map(r -> Settings.seconds(r, "HeartbeatInterval"))
                .orElse(OptionalLong.empty());
        return new Connection(Initiator.CLIENT, use.client().name(), use.storage().name(), address,
                Settings.port(storage, "Port"), via, broken, heartbeat, why.list());
    }

    private StorageTopology storage(StorageLink s) {
        Resource storage = s.storage();
        Optional<Resource> sdDir = s.sdDirector();
        Optional<String> broken = first(
                rule("BC209", s.sd().isPresent() && sdDir.isEmpty()),
                rule("BC210", sdDir.isPresent() && !Agreement.passwordAgrees(storage, sdDir.get())),
                rule("BC211", s.sdStorage().isPresent() && !Agreement.portAgrees(storage, s.sdStorage().get(), "Sd")),
                rule("BC212", sdDir.isPresent() && Agreement.clearTextRefused(storage, sdDir.get(),
                        s.sd().orElseThrow().version())));
        Reasons why = new Reasons().add(storage, "Address").add(storage, "Port").add(storage, "HeartbeatInterval");
        Connection control = new Connection(Initiator.DIRECTOR, directorName(), s.name(),
                Settings.text(storage, "Address"), Settings.port(storage, "Port"), "Address", broken,
                heartbeat(storage), why.list());
        return new StorageTopology(s.name(), s.sd().flatMap(d -> d.source().host()), control);
    }

    private static Optional<String> rule(String id, boolean applies) {
        return applies ? Optional.of(id) : Optional.empty();
    }

    @SafeVarargs
    private static Optional<String> first(Optional<String>... candidates) {
        for (Optional<String> c : candidates) {
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }
}
