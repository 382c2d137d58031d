package dev.bconf.site;

import dev.bconf.discover.DaemonKind;
import dev.bconf.model.DaemonConfig;
import dev.bconf.model.Resource;
import dev.bconf.model.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Pairs the Director's Client and Storage resources with the daemon configurations given.
 * A File Daemon is found by its own Client name first (the name it announces), then by the
 * host it runs on (the Director's {@code Address} naming its host folder or listen address);
 * a Storage Daemon by its host, its Storage name, the devices it has, or as the only one.
 */
public final class SiteAssembler {

    private SiteAssembler() {
    }

    public static NetworkSite assemble(List<DaemonConfig> configs) {
        Optional<DaemonConfig> director = configs.stream().filter(c -> c.kind() == DaemonKind.DIRECTOR).findFirst();
        List<DaemonConfig> fds = configs.stream().filter(c -> c.kind() == DaemonKind.FILE_DAEMON).toList();
        List<DaemonConfig> sds = configs.stream().filter(c -> c.kind() == DaemonKind.STORAGE_DAEMON).toList();
        Optional<String> directorName = director.flatMap(d -> d.resources("Director").stream().findFirst())
                .flatMap(Resource::name);
        List<ClientLink> clients = new ArrayList<>();
        List<StorageLink> storages = new ArrayList<>();
        if (director.isPresent()) {
            Set<DaemonConfig> claimed = new HashSet<>();
            FileDaemons index = new FileDaemons(fds);
            for (Resource client : director.get().resources("Client")) {
                clients.add(link(client, index, claimed, directorName));
            }
            for (Resource storage : director.get().resources("Storage")) {
                storages.add(link(storage, sds, directorName));
            }
        }
        List<JobUse> uses = director.map(d -> JobUses.of(d, clients, storages)).orElse(List.of());
        return new NetworkSite(director, clients, storages, uses, fds, sds);
    }

    private static ClientLink link(Resource client, FileDaemons fds, Set<DaemonConfig> claimed,
            Optional<String> directorName) {
        Optional<String> name = client.name();
        Optional<String> address = Settings.text(client, "Address").map(a -> a.toLowerCase(Locale.ROOT));
        List<Match> tries = List.of(
                new Match("name", name.map(fds.byName::get)),
                new Match("address", address.map(fds.byListenAddress::get)),
                new Match("host folder", hostCandidates(address, name, "-fd").stream().map(fds.byHost::get)
                        .filter(java.util.Objects::nonNull).findFirst()));
        for (Match m : tries) {
            Optional<DaemonConfig> fd = m.found().filter(f -> !claimed.contains(f));
            if (fd.isPresent()) {
                claimed.add(fd.get());
                return new ClientLink(client, fd, peerDirector(fd.get(), directorName), own(fd.get(), "Client"),
                        m.name());
            }
        }
        return new ClientLink(client, Optional.empty(), Optional.empty(), Optional.empty(), "none");
    }

    /** A ten-thousand-client site pairs in linear time: File Daemons by name, listen address and host. */
    private static final class FileDaemons {
        final Map<String, DaemonConfig> byName = new HashMap<>();
        final Map<String, DaemonConfig> byListenAddress = new HashMap<>();
        final Map<String, DaemonConfig> byHost = new HashMap<>();

        FileDaemons(List<DaemonConfig> fds) {
            for (DaemonConfig fd : fds) {
                Optional<Resource> own = own(fd, "Client");
                own.flatMap(Resource::name).ifPresent(n -> byName.putIfAbsent(n, fd));
                own.flatMap(r -> Settings.text(r, "Address")).map(a -> a.toLowerCase(Locale.ROOT))
                        .ifPresent(a -> byListenAddress.putIfAbsent(a, fd));
                fd.source().host().map(h -> h.toLowerCase(Locale.ROOT)).ifPresent(h -> byHost.putIfAbsent(h, fd));
            }
        }
    }

    private record Match(String name, Optional<DaemonConfig> found) {
    }

    /** Host folder names a daemon may sit in: the address, its first label, the name without its suffix. */
    private static List<String> hostCandidates(Optional<String> address, Optional<String> name, String suffix) {
        List<String> hosts = new ArrayList<>();
        address.ifPresent(a -> {
            hosts.add(a);
            if (a.indexOf('.') > 0 && !Character.isDigit(a.charAt(0))) {
                hosts.add(a.substring(0, a.indexOf('.')));
            }
        });
        name.map(n -> n.toLowerCase(Locale.ROOT)).ifPresent(n -> {
            hosts.add(n);
            if (n.endsWith(suffix)) {
                hosts.add(n.substring(0, n.length() - suffix.length()));
            }
        });
        return hosts;
    }

    private static StorageLink link(Resource storage, List<DaemonConfig> sds, Optional<String> directorName) {
        Optional<String> name = storage.name();
        Optional<String> address = Settings.text(storage, "Address");
        List<String> devices = storage.all("Device").stream().flatMap(d -> d.value().stream())
                .filter(Value.DeviceName.class::isInstance).map(v -> ((Value.DeviceName) v).name()).toList();
        List<Test> tries = List.of(
                new Test("host folder", sd -> onHost(sd, address, name, "-sd")),
                new Test("address", sd -> address.isPresent() && listensOn(sd, "Storage", address.get())),
                new Test("name", sd -> name.isPresent() && own(sd, "Storage").flatMap(Resource::name).equals(name)),
                new Test("device", sd -> !devices.isEmpty() && devices.stream().allMatch(d -> hasDevice(sd, d))),
                new Test("only one", sd -> sds.size() == 1));
        for (Test m : tries) {
            Optional<DaemonConfig> sd = sds.stream().filter(m.test).findFirst();
            if (sd.isPresent()) {
                return new StorageLink(storage, sd, peerDirector(sd.get(), directorName), own(sd.get(), "Storage"),
                        m.name);
            }
        }
        return new StorageLink(storage, Optional.empty(), Optional.empty(), Optional.empty(), "none");
    }

    /** Storage Daemons are few, so each way of matching simply tries them all. */
    private record Test(String name, Predicate<DaemonConfig> test) {
    }

    private static Optional<Resource> own(DaemonConfig daemon, String type) {
        List<Resource> all = daemon.resources(type);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    private static Optional<Resource> peerDirector(DaemonConfig daemon, Optional<String> directorName) {
        return directorName.flatMap(n -> daemon.find("Director", n));
    }

    /** The daemon's own resource names this address as where it listens. */
    private static boolean listensOn(DaemonConfig daemon, String type, String address) {
        return own(daemon, type).flatMap(r -> Settings.text(r, "Address")).filter(address::equalsIgnoreCase).isPresent();
    }

    /** The host folder is the address's host (or its first label), or the resource name without its suffix. */
    private static boolean onHost(DaemonConfig daemon, Optional<String> address, Optional<String> name, String suffix) {
        Optional<String> host = daemon.source().host().map(h -> h.toLowerCase(Locale.ROOT));
        if (host.isEmpty()) {
            return false;
        }
        Optional<String> addr = address.map(a -> a.toLowerCase(Locale.ROOT));
        boolean byAddress = addr.filter(a -> a.equals(host.get()) || a.startsWith(host.get() + ".")).isPresent();
        boolean byName = name.map(n -> n.toLowerCase(Locale.ROOT))
                .filter(n -> n.equals(host.get()) || n.equals(host.get() + suffix)).isPresent();
        return byAddress || byName;
    }

    private static boolean hasDevice(DaemonConfig sd, String device) {
        return sd.find("Device", device).isPresent() || sd.find("Autochanger", device).isPresent();
    }
}
