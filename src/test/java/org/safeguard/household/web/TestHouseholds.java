package org.safeguard.household.web;

import java.util.Random;

import org.safeguard.support.TestIds;

/**
 * Unique test data, so tests tolerate each other's rows (and a reused PostgreSQL database):
 * valid resident ID numbers with a random birth date and sequence, and random Chinese names.
 */
public final class TestHouseholds {

    private static final Random RANDOM = new Random(System.nanoTime());

    private TestHouseholds() {
    }

    /**
     * A valid 18-character number under the given six-digit administrative code (e.g. 420106), never one that
     * {@link TestIds} has handed out in this run (both draw from the same space).
     */
    public static String idNumber(String adminCode) {
        return TestIds.adult(adminCode);
    }

    /** The same number with a wrong check character. */
    public static String withWrongCheckDigit(String idNumber) {
        char check = idNumber.charAt(17);
        char wrong = check == '1' ? '2' : '1';
        return idNumber.substring(0, 17) + wrong;
    }

    /** A three-character Chinese name that is practically unique, so a name search finds only our household. */
    public static synchronized String name() {
        StringBuilder sb = new StringBuilder("测");
        for (int i = 0; i < 3; i++) {
            sb.append((char) (0x4E00 + RANDOM.nextInt(0x4000)));
        }
        return sb.toString();
    }
}
