package dev.bconf.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Every choice the generator makes, drawn once from a seeded {@link Random} so that a given
 * client count and seed always give the same site, and both dialects describe the same site.
 *
 * @param director         the Director's resource name
 * @param directorAddress  where File Daemons that connect on their own reach the Director
 * @param storageDaemon    the Storage Daemon's resource name
 * @param storageAddress   where the Director and the clients reach the Storage Daemon
 * @param passwords        the Director's own passwords (console, storage, catalog, monitor)
 * @param clients          one entry per backed-up host, in name order
 */
record SitePlan(String director, String directorAddress, String storageDaemon, String storageAddress,
        Passwords passwords, List<Client> clients) {

    static final String DIRECTOR_HOST = "dir01";
    static final String STORAGE_HOST = "sd01";
    static final String DOMAIN = "example.com";
    static final int DEVICES = 4;

    /** The passwords that are not per client. */
    record Passwords(String console, String operator, String storage, String catalog, String monitor) {
    }

    /** What a host does decides its FileSet, its job defaults and how its job runs. */
    enum Role {
        WEB("web", "LinuxWeb", false, 30),
        APP("app", "LinuxAll", false, 25),
        DB("db", "LinuxDatabase", false, 15),
        FILES("files", "LinuxAll", false, 10),
        MAIL("mail", "LinuxAll", false, 5),
        WINDOWS("win", "WindowsAll", true, 15);

        final String prefix;
        final String fileSet;
        final boolean windows;
        final int weight;

        Role(String prefix, String fileSet, boolean windows, int weight) {
            this.prefix = prefix;
            this.fileSet = fileSet;
            this.windows = windows;
            this.weight = weight;
        }
    }

    /**
     * One backed-up host.
     *
     * @param host             host and folder name, e.g. {@code web0042}
     * @param role             what the host does
     * @param address          the name or address the Director uses
     * @param password         shared by the Director's Client resource and the File Daemon
     * @param schedule         the Schedule its job runs on
     * @param passive          the Storage Daemon connects to this client, not the reverse
     * @param clientInitiated  the File Daemon connects to the Director (host behind NAT)
     * @param monitored        the File Daemon also admits the tray monitor
     * @param enabled          false for a host being decommissioned
     * @param maxJobs          the client's concurrent job limit
     */
    record Client(String host, Role role, String address, String password, String schedule, boolean passive,
            boolean clientInitiated, boolean monitored, boolean enabled, int maxJobs) {

        /** The File Daemon's resource name, by Bareos convention the host name with {@code -fd}. */
        String name() {
            return host + "-fd";
        }

        String jobName() {
            return "backup-" + name();
        }
    }

    static final List<String> SCHEDULES = List.of("WeeklyCycle", "WeeklyCycleEarly", "WeeklyCycleLate");

    static SitePlan make(int clientCount, long seed) {
        Random random = new Random(seed);
        Passwords passwords = new Passwords(password(random), password(random), password(random),
                password(random), password(random));
        int width = Math.max(4, String.valueOf(clientCount).length());
        List<Client> clients = new ArrayList<>(clientCount);
        for (int i = 1; i <= clientCount; i++) {
            Role role = pick(random);
            String host = role.prefix + String.format("%0" + width + "d", i);
            boolean byIp = random.nextInt(5) == 0;
            String address = byIp ? "10." + (20 + i / 65536) + "." + (i / 256 % 256) + "." + (i % 256)
                    : host + "." + DOMAIN;
            boolean clientInitiated = !role.windows && random.nextInt(20) == 0;
            boolean passive = !clientInitiated && random.nextInt(10) == 0;
            clients.add(new Client(host, role, address, password(random), SCHEDULES.get(random.nextInt(3)),
                    passive, clientInitiated, random.nextInt(4) == 0, random.nextInt(50) != 0,
                    role == Role.DB ? 1 : 2));
        }
        clients.sort((a, b) -> a.host().compareTo(b.host()));
        return new SitePlan(DIRECTOR_HOST + "-dir", DIRECTOR_HOST + "." + DOMAIN, STORAGE_HOST + "-sd",
                STORAGE_HOST + "." + DOMAIN, passwords, clients);
    }

    private static Role pick(Random random) {
        int total = 0;
        for (Role r : Role.values()) {
            total += r.weight;
        }
        int n = random.nextInt(total);
        for (Role r : Role.values()) {
            n -= r.weight;
            if (n < 0) {
                return r;
            }
        }
        throw new AssertionError("weights");
    }

    /** Like the passwords Bareos's packaging generates: 32 letters and digits, nothing to escape. */
    private static String password(Random random) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder sb = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
