package org.safeguard.household.importing;

import org.springframework.core.io.InputStreamSource;

/** An uploaded (or generated) roster: the name it came with, its size in bytes and its content. */
public record RosterFile(String fileName, long size, InputStreamSource content) {

    /** The file name without any directory part or control characters, at most 200 characters, for logs and the audit trail. */
    public String safeName() {
        String name = fileName == null ? "" : fileName;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1).replaceAll("[\\p{Cntrl}\"<>|*?:]", "_").strip();
        if (name.length() > 200) {
            name = name.substring(0, 200);
        }
        return name.isEmpty() ? "upload" : name;
    }
}
