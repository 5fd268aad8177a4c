package org.safeguard.shared;

/**
 * What a person can type into a field: no C0 control characters except tab, line feed and carriage return, no DEL,
 * no lone surrogates. A NUL was stored by H2 and refused by PostgreSQL, so the same input behaved differently on the
 * two databases; control characters also break the bank's CSV reader and hide text in printed notices.
 */
public final class PlainText {

    private PlainText() {
    }

    public static boolean isClean(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || c == 0x7F || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
                return false;
            }
        }
        return true;
    }
}
