package dev.bconf.bench;

import dev.bconf.bench.SitePlan.Client;
import dev.bconf.bench.SitePlan.Role;
import java.util.ArrayList;
import java.util.List;

/** The File Daemon and Storage Daemon resources of a {@link SitePlan}, in the Bareos dialect. */
final class DaemonConfigs {

    private static final String MONITOR = SitePlan.DIRECTOR_HOST + "-mon";

    private final SitePlan plan;

    DaemonConfigs(SitePlan plan) {
        this.plan = plan;
    }

    /** A client host's {@code bareos-fd.d} resources: itself, the Director(s) it admits, its messages. */
    List<Res> fileDaemon(Client c) {
        List<Res> all = new ArrayList<>();
        Res self = Res.of("Client", c.name(), false)
                .quoted("Description", c.role().windows ? "Windows workstation" : "Linux host " + c.host());
        if (c.role() == Role.DB) {
            self.quoted("Plugin Directory", "/usr/lib/bareos/plugins").quoted("Plugin Names", "bpipe");
        }
        if (c.role() == Role.FILES) {
            self.set("Maximum Network Buffer Size", 131072);
        }
        if (c.clientInitiated()) {
            self.set("Heartbeat Interval", "1 minute");
        }
        all.add(self);
        Res director = Res.of("Director", plan.director(), false).quoted("Password", c.password());
        if (c.clientInitiated()) {
            director.set("Address", plan.directorAddress())
                    .set("Port", 9101)
                    .set("Connection From Director To Client", "no")
                    .set("Connection From Client To Director", "yes");
        }
        all.add(director);
        if (c.monitored()) {
            all.add(monitor());
        }
        Res messages = Res.of("Messages", "Standard", false)
                .set("Director", plan.director() + " = all, !skipped, !restored");
        if (!c.role().windows) {
            messages.set("Append", "\"/var/log/bareos/bareos-fd.log\" = all, !skipped, !restored");
        }
        all.add(messages);
        return all;
    }

    /** The Storage Daemon's {@code bareos-sd.d} resources, with one disk device per {@link SitePlan#DEVICES}. */
    List<Res> storageDaemon() {
        List<Res> all = new ArrayList<>();
        all.add(Res.of("Storage", plan.storageDaemon(), false)
                .quoted("Description", "Disk storage for " + plan.clients().size() + " clients")
                .set("Port", 9103)
                .quoted("Working Directory", "/var/lib/bareos")
                .set("Heartbeat Interval", "1 minute"));
        all.add(Res.of("Director", plan.director(), false).quoted("Password", plan.passwords().storage()));
        all.add(monitor());
        for (int d = 1; d <= SitePlan.DEVICES; d++) {
            all.add(Res.of("Device", "FileStorage" + d, false)
                    .set("Media Type", "File")
                    .set("Archive Device", "/var/lib/bareos/storage")
                    .set("LabelMedia", "yes")
                    .set("Random Access", "yes")
                    .set("AutomaticMount", "yes")
                    .set("RemovableMedia", "no")
                    .set("AlwaysOpen", "no")
                    .set("Maximum Concurrent Jobs", 4));
        }
        all.add(Res.of("Messages", "Standard", false).set("Director", plan.director() + " = all"));
        return all;
    }

    private Res monitor() {
        return Res.of("Director", MONITOR, false)
                .comment("The tray monitor may ask for status, nothing else.")
                .quoted("Password", plan.passwords().monitor())
                .set("Monitor", "yes");
    }
}
