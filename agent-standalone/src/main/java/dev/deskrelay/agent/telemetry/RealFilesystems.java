package dev.deskrelay.agent.telemetry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.deskrelay.protocol.FilesystemUsage;
import dev.deskrelay.protocol.Sample;

/** Picks the filesystems worth showing out of everything mounted: no memory-backed or kernel ones, no empty ones. */
final class RealFilesystems {

    private static final Set<String> PSEUDO_TYPES = Set.of("tmpfs", "devtmpfs", "ramfs", "overlay", "squashfs",
            "proc", "sysfs", "devpts", "devfs", "debugfs", "tracefs", "securityfs", "pstore", "bpf", "autofs",
            "mqueue", "hugetlbfs", "configfs", "fusectl", "binfmt_misc", "efivarfs", "nsfs", "rpc_pipefs",
            "selinuxfs", "fuse.lxcfs", "fuse.snapfuse");

    private RealFilesystems() {
    }

    /**
     * @return in the given order, the first store per mount, at most {@link Sample#MAX_LIST}, with
     *         used space as {@code df} shows it: blocks reserved for root count as free
     */
    static List<FilesystemUsage> of(List<MountedStore> stores) {
        Map<String, FilesystemUsage> byMount = new LinkedHashMap<>();
        for (MountedStore store : stores) {
            if (isReal(store) && byMount.size() < Sample.MAX_LIST) {
                byMount.putIfAbsent(store.mount(), new FilesystemUsage(store.mount(), store.type(),
                        ClampedUsage.of(store.total() - store.free(), store.total())));
            }
        }
        return List.copyOf(byMount.values());
    }

    private static boolean isReal(MountedStore store) {
        String type = store.type() == null ? "" : store.type().toLowerCase(Locale.ROOT);
        return store.total() > 0 && store.mount() != null && !store.mount().isBlank()
                && !PSEUDO_TYPES.contains(type) && !type.startsWith("cgroup");
    }
}
