package org.safeguard.demo;

import java.util.List;

import org.safeguard.shared.security.Role;

/** The demo accounts of the README; all share the password {@link #PASSWORD}. */
public final class DemoAccounts {

    public static final String PASSWORD = "Safeguard-Demo-2020";

    public record Demo(String username, String displayName, Role role, String department, String homeRegion) {
    }

    public static final List<Demo> ALL = List.of(
            new Demo("admin", "系统管理员", Role.SYSTEM_ADMIN, null, "420000000000"),
            new Demo("reviewer", "武昌区审核员", Role.COUNTY_REVIEWER, null, "420106000000"),
            new Demo("worker", "中华路街道经办人", Role.TOWNSHIP_CASEWORKER, null, "420106006000"),
            new Demo("worker2", "二七街道经办人", Role.TOWNSHIP_CASEWORKER, null, "420102010000"),
            new Demo("community", "楚材社区工作人员", Role.COMMUNITY_WORKER, null, "420106006001"),
            new Demo("ruralworker", "灵乡镇经办人", Role.TOWNSHIP_CASEWORKER, null, "420281102000"),
            new Demo("hotline", "12349 热线接线员", Role.HOTLINE_OPERATOR, null, "420106000000"),
            new Demo("liaison", "医保局联络员", Role.DEPARTMENT_LIAISON, "MEDICAL_SECURITY", "420106000000"),
            new Demo("finance", "武昌区财务", Role.FINANCE_OFFICER, null, "420106000000"),
            new Demo("finance2", "武昌区财务复核", Role.FINANCE_OFFICER, null, "420106000000"),
            new Demo("policy", "武汉市民政局社会救助处", Role.COUNTY_REVIEWER, null, "420100000000"),
            new Demo("policy2", "武汉市民政局社会救助处复核", Role.COUNTY_REVIEWER, null, "420100000000"),
            new Demo("auditor", "审计员", Role.AUDITOR, null, "420000000000"));

    private DemoAccounts() {
    }
}
