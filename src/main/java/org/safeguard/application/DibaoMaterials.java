package org.safeguard.application;

import java.util.List;
import java.util.Optional;

/**
 * The materials a dibao application asks for, as data (domain.md §3.4): a code, whether acceptance needs it, and
 * whether the office obtains it from a government platform itself ("do not ask for documents obtainable from
 * government platforms"). Labels are messages {@code application.material.<code>} in both languages. Each application
 * gets a copy of the list at registration ({@code dibao_application_material}), so changing the list here never
 * changes the checklist of a case already registered.
 */
public final class DibaoMaterials {

    /** One item of the catalogue. */
    public record Item(String code, boolean required, boolean officeObtains) {
    }

    /** The default list for dibao, in the order shown. */
    public static final List<Item> DEFAULT = List.of(
            new Item("APPLICATION_FORM", true, false),              // 申请书
            new Item("ID_CARD", true, false),                       // 身份证 (shown at the window)
            new Item("HUKOU_BOOKLET", true, true),                  // 户口簿: public-security data sharing
            new Item("INCOME_STATEMENT", true, false),              // 收入情况说明
            new Item("ASSET_STATEMENT", true, false),               // 财产情况说明
            new Item("AUTHORISATION", true, false),                 // 核对授权书
            new Item("DISABILITY_CERTIFICATE", false, true));       // 残疾证: disabled persons' federation platform

    private DibaoMaterials() {
    }

    public static Optional<Item> find(String code) {
        return DEFAULT.stream().filter(i -> i.code().equals(code)).findFirst();
    }
}
