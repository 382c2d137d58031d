package dev.bconf.site;

import dev.bconf.model.DaemonConfig;
import dev.bconf.model.Resource;
import dev.bconf.model.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which Client and Storage each Job puts together: its own Storage, else its Pool's. */
final class JobUses {

    private JobUses() {
    }

    static List<JobUse> of(DaemonConfig director, List<ClientLink> clients, List<StorageLink> storages) {
        Map<String, List<String>> jobsByPair = new LinkedHashMap<>();
        Map<String, ClientLink> clientOf = new LinkedHashMap<>();
        Map<String, StorageLink> storageOf = new LinkedHashMap<>();
        Map<String, ClientLink> clientByName = new HashMap<>();
        clients.forEach(c -> c.client().name().ifPresent(n -> clientByName.putIfAbsent(n, c)));
        Map<String, StorageLink> storageByName = new HashMap<>();
        storages.forEach(s -> s.storage().name().ifPresent(n -> storageByName.putIfAbsent(n, s)));
        for (Resource job : director.resources("Job")) {
            Optional<ClientLink> client = ref(job, "Client").map(clientByName::get);
            if (client.isEmpty()) {
                continue;
            }
            for (String storageName : storages(director, job)) {
                Optional<StorageLink> storage = Optional.ofNullable(storageByName.get(storageName));
                if (storage.isPresent()) {
                    String key = client.get().name() + "\u0000" + storageName;
                    clientOf.put(key, client.get());
                    storageOf.put(key, storage.get());
                    jobsByPair.computeIfAbsent(key, k -> new ArrayList<>()).add(job.name().orElse("?"));
                }
            }
        }
        List<JobUse> uses = new ArrayList<>();
        jobsByPair.forEach((key, jobs) -> uses.add(new JobUse(clientOf.get(key), storageOf.get(key), jobs)));
        return uses;
    }

    /** The Job's Storage list, else its Pool's. */
    static List<String> storages(DaemonConfig director, Resource job) {
        List<String> own = refs(job, "Storage");
        if (!own.isEmpty()) {
            return own;
        }
        return ref(job, "Pool").flatMap(p -> director.find("Pool", p)).map(p -> refs(p, "Storage")).orElse(List.of());
    }

    private static Optional<String> ref(Resource r, String name) {
        return r.value(name).filter(Value.ResourceRef.class::isInstance).map(v -> ((Value.ResourceRef) v).name());
    }

    private static List<String> refs(Resource r, String name) {
        List<String> names = new ArrayList<>();
        for (var d : r.all(name)) {
            d.value().filter(Value.ResourceList.class::isInstance)
                    .ifPresent(v -> names.addAll(((Value.ResourceList) v).names()));
            d.value().filter(Value.ResourceRef.class::isInstance)
                    .ifPresent(v -> names.add(((Value.ResourceRef) v).name()));
        }
        return names;
    }
}
