package dev.bconf.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies JobDefs as Bareos does after reading: every directive a Job (or a JobDefs naming
 * another JobDefs) does not write itself is copied from its JobDefs, RunScript blocks too
 * when the Job has none.
 */
final class JobDefsInheritance {

    private JobDefsInheritance() {
    }

    static List<Resource> apply(List<Resource> resources) {
        // By name, the first of a name winning as a search in reading order would.
        Map<String, Resource> jobDefs = new HashMap<>();
        for (Resource r : resources) {
            if (r.type().equals("JobDefs")) {
                r.name().ifPresent(name -> jobDefs.putIfAbsent(name, r));
            }
        }
        List<Resource> out = new ArrayList<>(resources.size());
        for (Resource r : resources) {
            boolean inherits = r.type().equals("Job") || r.type().equals("JobDefs");
            out.add(inherits ? inherit(r, jobDefs, new HashSet<>()) : r);
        }
        return out;
    }

    private static Resource inherit(Resource job, Map<String, Resource> jobDefs, Set<String> seen) {
        Optional<String> parentName = job.last("JobDefs")
                .filter(Directive::isWritten).flatMap(Directive::value)
                .filter(Value.ResourceRef.class::isInstance).map(v -> ((Value.ResourceRef) v).name());
        if (parentName.isEmpty() || !seen.add(parentName.get())) {
            return job;
        }
        Optional<Resource> parent = Optional.ofNullable(jobDefs.get(parentName.get()));
        if (parent.isEmpty()) {
            return job;
        }
        Resource resolvedParent = inherit(parent.get(), jobDefs, seen);
        List<Directive> directives = new ArrayList<>(job.directives());
        for (Directive d : resolvedParent.directives()) {
            if (!d.name().equalsIgnoreCase("Name") && !d.name().equalsIgnoreCase("JobDefs")
                    && job.last(d.name()).isEmpty()) {
                directives.add(d.origin() == Origin.WRITTEN ? d.inheritedBy(parentName.get()) : d);
            }
        }
        List<Block> blocks = job.blocks().isEmpty()
                ? resolvedParent.blocks().stream().map(b -> inherited(b, parentName.get())).toList()
                : job.blocks();
        return job.with(directives, blocks);
    }

    /** A block of the JobDefs as the Job sees it; one the JobDefs itself inherited keeps its origin. */
    private static Block inherited(Block block, String jobDefs) {
        boolean writtenThere = block.directives().stream().allMatch(Directive::isWritten);
        return writtenThere ? block.inheritedBy(jobDefs) : block;
    }
}
