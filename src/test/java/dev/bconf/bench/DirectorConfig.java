package dev.bconf.bench;

import dev.bconf.bench.SitePlan.Client;
import dev.bconf.bench.SitePlan.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * The Director's resources for a {@link SitePlan}. One description serves both dialects so
 * that the Bacula variant is the same site, written only with what Bacula 9.6 accepts: no
 * {@code audit} message type, no XXH128 or LZ4, no passive or client-initiated clients,
 * {@code FD Port}/{@code SD Port} for Bareos's {@code Port}, retention on the Client (where
 * Bareos deprecates it) and the Director's PID folder.
 */
final class DirectorConfig {

    /** The configuration dialect to write. */
    enum Dialect {
        BAREOS("bareos"), BACULA("bacula");

        final String product;

        Dialect(String product) {
            this.product = product;
        }
    }

    private final SitePlan plan;
    private final Dialect dialect;
    private final boolean bareos;

    DirectorConfig(SitePlan plan, Dialect dialect) {
        this.plan = plan;
        this.dialect = dialect;
        this.bareos = dialect == Dialect.BAREOS;
    }

    /** Every Director resource, the site-wide ones first, then per client its Client and Job. */
    List<Res> resources() {
        List<Res> all = new ArrayList<>();
        all.add(director());
        all.add(catalog());
        all.add(messages("Standard", "Bareos: %t %e of %c %l", true));
        all.add(messages("Daemon", "Bareos daemon message", false));
        all.add(pool("Full", "365 days", "50G", 100, "Full-"));
        all.add(pool("Differential", "90 days", "20G", 200, "Differential-"));
        all.add(pool("Incremental", "30 days", "5G", 500, "Incremental-"));
        all.add(Res.of("Pool", "Scratch", false).set("Pool Type", "Scratch"));
        all.add(schedule("WeeklyCycle", "23:05"));
        all.add(schedule("WeeklyCycleEarly", "21:10"));
        all.add(schedule("WeeklyCycleLate", "02:30"));
        all.add(linuxFileSet("LinuxAll", List.of("/", "/home", "/var"), ""));
        all.add(linuxFileSet("LinuxWeb", List.of("/", "/var/www", "/srv"), "/var/cache/nginx"));
        all.add(linuxFileSet("LinuxDatabase", List.of("/", "/var/backups/db"), "/var/lib/postgresql"));
        all.add(windowsFileSet());
        all.add(jobDefs("LinuxDefaults", "LinuxAll"));
        all.add(jobDefs("WindowsDefaults", "WindowsAll").set("Max Run Time", "20 hours"));
        all.add(storage());
        all.add(console());
        all.add(restoreJob());
        for (Client c : plan.clients()) {
            all.add(client(c));
            all.add(job(c));
        }
        return all;
    }

    private String lib() {
        return "/var/lib/" + dialect.product;
    }

    private Res director() {
        Res r = Res.of("Director", plan.director(), false)
                .comment("The Director of the site; consoles log in with the password below.")
                .quoted("Description", "Backup Director for " + plan.clients().size() + " clients")
                .quoted("QueryFile", bareos ? "/usr/lib/bareos/scripts/query.sql" : "/etc/bacula/scripts/query.sql")
                .quoted("Working Directory", lib())
                .set("Maximum Concurrent Jobs", 50)
                .quoted("Password", plan.passwords().console())
                .set("Messages", "Daemon")
                .set("Heartbeat Interval", "1 minute");
        if (bareos) {
            r.set("Auditing", "yes");
        } else {
            r.quoted("Pid Directory", "/run/bacula");
        }
        return r;
    }

    private Res catalog() {
        return Res.of("Catalog", "MyCatalog", false)
                .set("DB Name", dialect.product)
                .set("DB User", dialect.product)
                .quoted("DB Password", plan.passwords().catalog())
                .set("DB Address", "localhost");
    }

    private Res messages(String name, String subject, boolean jobs) {
        String log = "\"/var/log/" + dialect.product + "/" + dialect.product + ".log\"";
        String audit = bareos ? ", !audit" : "";
        String saved = jobs ? ", !saved" : "";
        Res r = Res.of("Messages", name, false)
                .quoted("Mail Command", "/usr/sbin/bsmtp -h localhost -f \"Backup <%r>\" -s \"" + subject + "\" %r");
        if (jobs) {
            r.quoted("Operator Command", "/usr/sbin/bsmtp -h localhost -f \"Backup <%r>\" -s \"Intervention needed for %j\" %r")
                    .set("Mail On Error", "backup-admins@" + SitePlan.DOMAIN + " = all, !skipped" + saved + audit)
                    .set("Operator", "backup-operators@" + SitePlan.DOMAIN + " = mount");
        } else {
            r.set("Mail", "backup-admins@" + SitePlan.DOMAIN + " = all, !skipped" + audit);
        }
        r.set("Console", "all, !skipped, !saved" + audit)
                .set("Append", log + " = all, !skipped" + saved + audit);
        if (jobs) {
            r.set("Catalog", "all, !skipped, !saved" + audit);
        }
        return r;
    }

    private Res pool(String name, String retention, String volumeBytes, int volumes, String label) {
        return Res.of("Pool", name, false)
                .set("Pool Type", "Backup")
                .set("Recycle", "yes")
                .set("AutoPrune", "yes")
                .set("Volume Retention", retention)
                .set("Maximum Volume Bytes", volumeBytes)
                .set("Maximum Volumes", volumes)
                .quoted("Label Format", label)
                .set("Action On Purge", "Truncate")
                .set("Storage", "File");
    }

    private Res schedule(String name, String at) {
        return Res.of("Schedule", name, true)
                .set("Run", "Full 1st sun at " + at)
                .set("Run", "Differential 2nd-5th sun at " + at)
                .set("Run", "Incremental mon-sat at " + at);
    }

    private Res options(boolean windows) {
        Res o = Res.block("Options")
                .set("Signature", bareos ? "XXH128" : "MD5")
                .set("Compression", bareos ? "LZ4" : "LZO");
        if (windows) {
            o.set("IgnoreCase", "yes").set("Drive Type", "fixed");
        } else {
            o.set("One FS", "no").set("FS Type", "ext4").set("FS Type", "xfs");
        }
        return o;
    }

    private Res linuxFileSet(String name, List<String> files, String extraExclude) {
        Res include = Res.block("Include").nest(options(false));
        files.forEach(f -> include.set("File", f));
        Res exclude = Res.block("Exclude");
        for (String f : List.of("/proc", "/sys", "/tmp", "/var/tmp", "/run", "/var/lib/" + dialect.product, extraExclude)) {
            if (!f.isEmpty()) {
                exclude.set("File", f);
            }
        }
        return Res.of("FileSet", name, true).nest(include).nest(exclude);
    }

    private Res windowsFileSet() {
        Res include = Res.block("Include").nest(options(true))
                .quoted("File", "C:/")
                .quoted("File", "D:/");
        Res exclude = Res.block("Exclude")
                .quoted("File", "C:/pagefile.sys")
                .quoted("File", "C:/hiberfil.sys")
                .quoted("File", "C:/Windows/Temp")
                .quoted("File", "C:/$Recycle.Bin");
        Res r = Res.of("FileSet", "WindowsAll", true).nest(include).nest(exclude);
        return bareos ? r.set("Enable VSS", "yes") : r;
    }

    private Res jobDefs(String name, String fileSet) {
        return Res.of("JobDefs", name, true)
                .set("Type", "Backup")
                .set("Level", "Incremental")
                .quoted("FileSet", fileSet)
                .quoted("Schedule", "WeeklyCycle")
                .set("Storage", "File")
                .set("Messages", "Standard")
                .set("Pool", "Incremental")
                .set("Full Backup Pool", "Full")
                .set("Differential Backup Pool", "Differential")
                .set("Incremental Backup Pool", "Incremental")
                .set("Priority", 10)
                .set("Spool Attributes", "yes")
                .quoted("Write Bootstrap", lib() + "/%c.bsr");
    }

    private Res storage() {
        Res r = Res.of("Storage", "File", false)
                .set("Address", plan.storageAddress())
                .set(bareos ? "Port" : "SD Port", 9103)
                .quoted("Password", plan.passwords().storage());
        for (int d = 1; d <= SitePlan.DEVICES; d++) {
            r.set("Device", "FileStorage" + d);
        }
        return r.set("Media Type", "File").set("Maximum Concurrent Jobs", 4 * SitePlan.DEVICES);
    }

    private Res console() {
        return Res.of("Console", "operator", false)
                .quoted("Password", plan.passwords().operator())
                .set("Job ACL", "*all*")
                .set("Client ACL", "*all*")
                .set("Storage ACL", "File")
                .set("Pool ACL", "*all*")
                .set("Catalog ACL", "MyCatalog")
                .set("FileSet ACL", "*all*")
                .set("Command ACL", "status, messages, list, llist, show, run, restore, wait, .clients, .jobs");
    }

    private Res restoreJob() {
        return Res.of("Job", "RestoreFiles", true)
                .set("Type", "Restore")
                .set("Client", plan.clients().get(0).name())
                .quoted("FileSet", "LinuxAll")
                .set("Storage", "File")
                .set("Pool", "Incremental")
                .set("Messages", "Standard")
                .set("Where", "/tmp/" + dialect.product + "-restores");
    }

    private Res client(Client c) {
        Res r = Res.of("Client", c.name(), false)
                .quoted("Description", describe(c))
                .set("Address", c.address())
                .set(bareos ? "Port" : "FD Port", 9102)
                .quoted("Password", c.password())
                .set("Catalog", "MyCatalog")
                .set("Maximum Concurrent Jobs", c.maxJobs());
        if (!bareos) {
            return r.set("File Retention", "60 days").set("Job Retention", "6 months").set("AutoPrune", "yes");
        }
        if (c.passive()) {
            r.set("Passive", "yes");
        }
        if (c.clientInitiated()) {
            r.set("Connection From Director To Client", "no")
                    .set("Connection From Client To Director", "yes")
                    .set("Heartbeat Interval", "60");
        }
        return r;
    }

    private static String describe(Client c) {
        return switch (c.role()) {
            case WEB -> "Web front end " + c.host();
            case APP -> "Application server " + c.host();
            case DB -> "PostgreSQL server " + c.host() + ", dumps before backup";
            case FILES -> "File server " + c.host();
            case MAIL -> "Mail relay " + c.host();
            case WINDOWS -> "Windows workstation " + c.host();
        };
    }

    private Res job(Client c) {
        Res r = Res.of("Job", c.jobName(), true)
                .quoted("JobDefs", c.role().windows ? "WindowsDefaults" : "LinuxDefaults")
                .quoted("Client", c.name())
                .quoted("FileSet", c.role().fileSet)
                .quoted("Schedule", c.schedule());
        if (c.role() == Role.DB) {
            r.nest(Res.block("RunScript")
                    .set("RunsWhen", "Before")
                    .set("RunsOnClient", "yes")
                    .set("FailJobOnError", "yes")
                    .quoted("Command", "/usr/local/sbin/dump-databases --target /var/backups/db"));
            r.set("Priority", 12);
        }
        if (c.role() == Role.FILES) {
            r.set("Accurate", "yes").set("Max Full Interval", "31 days");
        }
        if (!c.enabled()) {
            r.set("Enabled", "no");
        }
        return r;
    }
}
