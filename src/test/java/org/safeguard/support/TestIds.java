package org.safeguard.support;

import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.safeguard.household.ResidentIdNumber;

/** Valid, never-repeating resident ID numbers for tests that share a database. */
public final class TestIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> ISSUED = ConcurrentHashMap.newKeySet();

    private TestIds() {
    }

    /** An adult born in the 1960s–1990s, registered in the given county (six digits). */
    public static String adult(String countyCode) {
        while (true) {
            String first17 = countyCode + (1960 + RANDOM.nextInt(35)) + String.format("%02d%02d", 1 + RANDOM.nextInt(12),
                    1 + RANDOM.nextInt(28)) + String.format("%03d", RANDOM.nextInt(1000));
            String id = first17 + ResidentIdNumber.checkCharacter(first17);
            if (ISSUED.add(id)) {
                return id;
            }
        }
    }

    public static String adult() {
        return adult("420106");
    }

    /** The same number with a wrong check character. */
    public static String withWrongCheckDigit(String id) {
        char wrong = id.charAt(17) == '1' ? '2' : '1';
        return id.substring(0, 17) + wrong;
    }
}
