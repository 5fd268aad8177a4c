package org.safeguard.payment;

/**
 * The unified social credit code of an organisation (GB 32100-2015): 18 characters from the 31-character set
 * 0-9 and A-Y without I, O, S, V and Z; the last is a check character over the first 17 (weights 3^i mod 31).
 */
final class UnifiedSocialCreditCode {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UnifiedSocialCreditCode() {
    }

    /** Whether the code has 18 characters of the set and the right check character (upper case only). */
    static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CHARSET.indexOf(code.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return code.charAt(17) == CHARSET.charAt(check);
    }
}
