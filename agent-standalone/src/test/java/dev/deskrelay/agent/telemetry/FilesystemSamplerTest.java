package dev.deskrelay.agent.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.deskrelay.protocol.FilesystemUsage;
import oshi.SystemInfo;

class FilesystemSamplerTest {

    @Test
    void listsEachRealFilesystemOfThisMachineOnceWithSensibleSpace() {
        List<FilesystemUsage> filesystems =
                new FilesystemSampler(new SystemInfo().getOperatingSystem().getFileSystem()).sample();

        for (FilesystemUsage filesystem : filesystems) {
            assertTrue(filesystem.space().total() > 0, filesystem.toString());
            assertTrue(filesystem.space().used() <= filesystem.space().total(), filesystem.toString());
            assertFalse(List.of("tmpfs", "devtmpfs", "proc", "sysfs", "overlay").contains(filesystem.type()),
                    filesystem.toString());
        }
        assertEquals(filesystems.size(), filesystems.stream().map(FilesystemUsage::mount).distinct().count());
    }
}
