package dev.bconf.topology;

import java.util.List;
import java.util.Objects;

/**
 * The data connection between a client and a storage its jobs use.
 *
 * @param storage    the Director's Storage name
 * @param jobs       the jobs that use the pair
 * @param connection who dials whom, where
 */
public record DataChannel(String storage, List<String> jobs, Connection connection) {
    public DataChannel {
        Objects.requireNonNull(storage, "storage");
        jobs = List.copyOf(jobs);
        Objects.requireNonNull(connection, "connection");
    }
}
