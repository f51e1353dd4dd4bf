package dev.deskrelay.agent.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.deskrelay.protocol.FilesystemUsage;
import dev.deskrelay.protocol.Sample;
import dev.deskrelay.protocol.Usage;

class RealFilesystemsTest {

    private static final long GIB = 1L << 30;

    @Test
    void keepsDisksAndLeavesOutMemoryAndKernelFilesystems() {
        List<FilesystemUsage> kept = RealFilesystems.of(List.of(
                new MountedStore("/", "ext4", 100 * GIB, 40 * GIB),
                new MountedStore("/run", "tmpfs", GIB, GIB),
                new MountedStore("/dev", "devtmpfs", GIB, GIB),
                new MountedStore("/sys/fs/cgroup", "cgroup2", GIB, GIB),
                new MountedStore("/var/lib/docker/overlay2/x/merged", "overlay", 100 * GIB, 40 * GIB),
                new MountedStore("/snap/core/1", "squashfs", GIB, 0),
                new MountedStore("C:\\", "NTFS", 500 * GIB, 100 * GIB)));

        assertEquals(List.of("/", "C:\\"), kept.stream().map(FilesystemUsage::mount).toList());
    }

    @Test
    void leavesOutEmptyAndUnmountedStores() {
        assertEquals(List.of(), RealFilesystems.of(List.of(
                new MountedStore("/mnt/empty", "ext4", 0, 0),
                new MountedStore("", "ext4", GIB, GIB),
                new MountedStore(null, "ext4", GIB, GIB))));
    }

    @Test
    void keepsTheFirstStoreOfAMount() {
        List<FilesystemUsage> kept = RealFilesystems.of(List.of(
                new MountedStore("/home", "ext4", 10 * GIB, 4 * GIB),
                new MountedStore("/home", "xfs", 20 * GIB, 5 * GIB)));

        assertEquals(List.of(new FilesystemUsage("/home", "ext4", new Usage(6 * GIB, 10 * GIB))), kept);
    }

    @Test
    void usedIsTotalLessFreeAndNeverNegative() {
        List<FilesystemUsage> kept = RealFilesystems.of(List.of(
                new MountedStore("/full", "ext4", 10 * GIB, 0),
                new MountedStore("/odd", "ext4", 10 * GIB, 11 * GIB)));

        assertEquals(new Usage(10 * GIB, 10 * GIB), kept.get(0).space());
        assertEquals(new Usage(0, 10 * GIB), kept.get(1).space());
    }

    @Test
    void keepsNoMoreThanTheProtocolAllows() {
        List<MountedStore> many = IntStream.range(0, Sample.MAX_LIST + 10)
                .mapToObj(i -> new MountedStore("/mnt/disk" + i, "ext4", GIB, GIB)).toList();

        assertEquals(Sample.MAX_LIST, RealFilesystems.of(many).size());
    }
}
