package dev.deskrelay.agent.telemetry;

import java.util.List;

import dev.deskrelay.protocol.FilesystemUsage;
import oshi.software.os.FileSystem;

/** The space on each real, local mounted filesystem. */
final class FilesystemSampler {

    private final FileSystem fileSystem;

    FilesystemSampler(FileSystem fileSystem) {
        this.fileSystem = fileSystem;
    }

    List<FilesystemUsage> sample() {
        // local only: asking a network filesystem can hang for as long as its server is away
        return RealFilesystems.of(fileSystem.getFileStores(true).stream()
                .map(store -> new MountedStore(store.getMount(), store.getType(), store.getTotalSpace(),
                        store.getFreeSpace()))
                .toList());
    }
}
