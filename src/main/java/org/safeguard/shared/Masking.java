package org.safeguard.shared;

/** Display masking of personal data (security.md G4): on by default everywhere. */
public final class Masking {

    private Masking() {
    }

    /** {@code 420106********0012}: the six region digits and the last four. */
    public static String idNumber(String idNumber) {
        if (idNumber == null || idNumber.length() < 10) {
            return idNumber == null ? null : "*".repeat(idNumber.length());
        }
        return idNumber.substring(0, 6) + "*".repeat(idNumber.length() - 10) + idNumber.substring(idNumber.length() - 4);
    }

    /** {@code 138****8000}. */
    public static String phone(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? null : "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }

    /** Only the last four digits of a bank account. */
    public static String bankAccount(String account) {
        if (account == null || account.length() <= 4) {
            return account == null ? null : "*".repeat(account.length());
        }
        return "*".repeat(account.length() - 4) + account.substring(account.length() - 4);
    }

    /** {@code 张*伟}: first and last character kept, for lists and public notices. */
    public static String name(String name) {
        if (name == null || name.length() < 2) {
            return name;
        }
        if (name.length() == 2) {
            return name.charAt(0) + "*";
        }
        return name.charAt(0) + "*".repeat(name.length() - 2) + name.charAt(name.length() - 1);
    }
}
