package org.safeguard.payment;

import java.util.concurrent.ThreadLocalRandom;

/** Unified social credit codes for tests: random first 17 characters and the GB 32100-2015 check character. */
public final class InstitutionCodes {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private InstitutionCodes() {
    }

    /** A fresh, valid code (organisation category 5, social organisation). */
    public static String random() {
        StringBuilder code = new StringBuilder("52");
        while (code.length() < 17) {
            code.append(CHARSET.charAt(ThreadLocalRandom.current().nextInt(CHARSET.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return code.append(CHARSET.charAt((31 - sum % 31) % 31)).toString();
    }

    public static String json(String community) {
        return """
                {"creditCode":"%s","name":"武昌区社会福利院","regionCode":"%s","bankName":"测试银行",
                 "bankAccount":"6222020000009876"}""".formatted(random(), community);
    }
}
