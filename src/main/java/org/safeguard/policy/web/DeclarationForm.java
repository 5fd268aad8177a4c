package org.safeguard.policy.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.safeguard.policy.DeclarationRequest;
import org.safeguard.policy.DeclaredFlag;
import org.safeguard.policy.EmergencyDeclaration;
import org.safeguard.policy.EmergencyFlag;
import org.safeguard.policy.ExtraSubsidyRule;
import org.safeguard.shared.FieldProblem;
import org.springframework.context.MessageSource;

/**
 * The declaration form: one row per flag (a checkbox and its own validity), {@link #EXTRA_ROWS} rows for extra
 * living subsidy rules and a multiplier for the price-subsidy override. Turns the posted fields into a
 * {@link DeclarationRequest} (remembering which row each flag came from) and the request's field problems back into
 * messages beside the form's fields.
 */
public final class DeclarationForm {

    static final int EXTRA_ROWS = 2;
    private static final Pattern FLAG_FIELD = Pattern.compile("flags\\[(\\d+)](?:\\.(\\w+))?(?:\\.(\\w+))?");

    private final Map<String, String> fields;
    private final List<String> rowOfFlag = new ArrayList<>();

    DeclarationForm(Map<String, String> fields) {
        this.fields = new LinkedHashMap<>(fields);
    }

    /** The simple flags, in form order (the extra subsidy rows come after them). */
    static List<EmergencyFlag> singleFlags() {
        return Arrays.stream(EmergencyFlag.values()).filter(f -> f != EmergencyFlag.EXTRA_LIVING_SUBSIDY).toList();
    }

    /** The form filled from a declaration, for an amendment. */
    static DeclarationForm of(EmergencyDeclaration d) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("regionCode", d.regionCode().value());
        f.put("level", d.level().name());
        f.put("startDate", d.startDate().toString());
        f.put("endDate", d.endDate() == null ? "" : d.endDate().toString());
        f.put("reason", d.reason());
        int extra = 0;
        for (DeclaredFlag flag : d.flags()) {
            String row = flag.flag() == EmergencyFlag.EXTRA_LIVING_SUBSIDY ? "extra" + extra++ : flag.flag().name();
            if (extra > EXTRA_ROWS) {
                continue;
            }
            f.put(row + ".on", "true");
            f.put(row + ".validFrom", flag.validFrom() == null ? "" : flag.validFrom().toString());
            f.put(row + ".validTo", flag.validTo() == null ? "" : flag.validTo().toString());
            if (flag.multiplier() != null) {
                f.put("multiplier", flag.multiplier().toPlainString());
            }
            ExtraSubsidyRule r = flag.rule();
            if (r != null) {
                r.targetGroups().forEach(g -> f.put(row + ".group." + g.name(), "true"));
                f.put(row + ".amountType", r.amountType().name());
                f.put(row + ".amount", r.amount() == null ? "" : r.amount().toPlainString());
                f.put(row + ".inKindAllowed", String.valueOf(r.inKindAllowed()));
                f.put(row + ".months", r.months() == null ? "" : r.months().toString());
            }
        }
        return new DeclarationForm(f);
    }

    public Map<String, String> fields() {
        return fields;
    }

    public String get(String name) {
        return fields.getOrDefault(name, "");
    }

    public boolean checked(String name) {
        String v = fields.get(name);
        return v != null && (v.equals("true") || v.equals("on"));
    }

    DeclarationRequest request() {
        rowOfFlag.clear();
        List<DeclarationRequest.Flag> flags = new ArrayList<>();
        for (EmergencyFlag f : singleFlags()) {
            String row = f.name();
            if (checked(row + ".on")) {
                rowOfFlag.add(row);
                flags.add(new DeclarationRequest.Flag(f.name(), get(row + ".validFrom"), get(row + ".validTo"), null,
                        f == EmergencyFlag.PRICE_SUBSIDY_OVERRIDE ? get("multiplier") : null));
            }
        }
        for (int i = 0; i < EXTRA_ROWS; i++) {
            String row = "extra" + i;
            if (!checked(row + ".on")) {
                continue;
            }
            List<String> groups = Arrays.stream(ExtraSubsidyRule.TargetGroup.values())
                    .filter(g -> checked(row + ".group." + g.name())).map(Enum::name).toList();
            rowOfFlag.add(row);
            flags.add(new DeclarationRequest.Flag(EmergencyFlag.EXTRA_LIVING_SUBSIDY.name(), get(row + ".validFrom"),
                    get(row + ".validTo"), new DeclarationRequest.ExtraSubsidy(groups, get(row + ".amountType"),
                    get(row + ".amount"), checked(row + ".inKindAllowed"), get(row + ".months")), null));
        }
        return new DeclarationRequest(get("regionCode"), get("level"), get("startDate"), get("endDate"), get("reason"), flags);
    }

    /** Messages keyed by form field: flags[i].validTo becomes the validTo of the row flag i came from. */
    Map<String, String> errors(List<FieldProblem> problems, MessageSource messages, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem p : problems) {
            String field = p.field();
            Matcher m = FLAG_FIELD.matcher(field == null ? "" : field);
            if (m.matches()) {
                String row = rowOfFlag.get(Integer.parseInt(m.group(1)));
                String leaf = m.group(3) != null ? m.group(3) : m.group(2);
                if (leaf == null || leaf.equals("flag") || leaf.equals("extraSubsidy")) {
                    leaf = "on";
                } else if (leaf.equals("multiplier")) {
                    field = "multiplier";
                    leaf = null;
                } else if (leaf.equals("targetGroups")) {
                    leaf = "groups";
                }
                if (leaf != null) {
                    field = row + "." + leaf;
                }
            } else if ("flags".equals(field)) {
                field = singleFlags().get(0).name() + ".on";
            }
            String text = messages.getMessage(p.messageKey(), p.arguments().toArray(), p.code(), locale);
            errors.merge(field, text, (a, b) -> a + " " + b);
        }
        return errors;
    }
}
