package org.safeguard.household;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * An 18-character resident identity number (GB 11643-1999): six-digit administrative code, birth
 * date, sequence (odd = male) and an ISO 7064 MOD 11-2 check character. Immutable and valid once built.
 */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    /** Province-level prefixes of GB/T 2260 (mainland) in use on resident ID numbers. */
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
            "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61",
            "62", "63", "64", "65");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private final String value;
    private final LocalDate birthDate;

    private ResidentIdNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /** The outcome of checking a candidate: either a number or the reason it was refused. */
    public record Check(ResidentIdNumber number, String problemCode) {
        public boolean valid() {
            return number != null;
        }
    }

    public static Check check(String raw, LocalDate today) {
        if (raw == null || raw.isBlank()) {
            return new Check(null, "REQUIRED");
        }
        String candidate = raw.trim().toUpperCase(Locale.ROOT);
        if (candidate.length() == 15 && candidate.chars().allMatch(Character::isDigit)) {
            return new Check(null, "ID_LEGACY_15");
        }
        if (candidate.length() != 18) {
            return new Check(null, "ID_LENGTH");
        }
        if (!candidate.substring(0, 17).chars().allMatch(c -> c >= '0' && c <= '9')
                || !(Character.isDigit(candidate.charAt(17)) || candidate.charAt(17) == 'X')) {
            return new Check(null, "ID_FORMAT");
        }
        if (!PROVINCES.contains(candidate.substring(0, 2)) || candidate.substring(2, 6).equals("0000")) {
            return new Check(null, "ID_REGION");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(candidate.substring(6, 10)), Integer.parseInt(candidate.substring(10, 12)),
                    Integer.parseInt(candidate.substring(12, 14)));
        } catch (DateTimeException e) {
            return new Check(null, "ID_BIRTH_DATE");
        }
        if (birth.isAfter(today)) {
            return new Check(null, "ID_BIRTH_DATE_FUTURE");
        }
        if (birth.isBefore(EARLIEST_BIRTH)) {
            return new Check(null, "ID_BIRTH_DATE");
        }
        if (checkCharacter(candidate) != candidate.charAt(17)) {
            return new Check(null, "ID_CHECK_DIGIT");
        }
        return new Check(new ResidentIdNumber(candidate, birth), null);
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    public String administrativeCode() {
        return value.substring(0, 6);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResidentIdNumber other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Masked: the full number must never reach a log line or an exception message. */
    @Override
    public String toString() {
        return org.safeguard.shared.Masking.idNumber(value);
    }
}
