package dev.deskrelay.protocol;

/** A mounted filesystem's space in bytes; {@code type} is e.g. ext4 or NTFS. */
public record FilesystemUsage(String mount, String type, Usage space) {

    public FilesystemUsage {
        Require.text(mount, "filesystems[].mount", 4096);
        Require.optionalText(type, "filesystems[].type", 64);
        Require.present(space, "filesystems[].space");
    }
}
