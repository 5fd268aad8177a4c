package org.safeguard.household;

import java.util.UUID;

public record MemberId(UUID value) {

    public static MemberId random() {
        return new MemberId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
