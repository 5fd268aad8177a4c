package org.safeguard.household.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.safeguard.audit.AuditEntry;
import org.safeguard.audit.AuditLog;
import org.safeguard.household.HouseholdView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A household's change history, readable: the household's own audit entries and those of its current
 * members (reveals), newest first, each with who, when, what and the changed fields before and after.
 * Values are shown as they were stored, i.e. personal fields masked.
 */
@Component
class HouseholdHistory {

    /** Audit times are shown in China Standard Time, the time of every user of this service. */
    static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    /** One changed or recorded field: {@code before} is null when nothing was there. */
    record Change(String field, String before, String after) {
    }

    record Entry(long seq, String time, String username, String role, String action, List<Change> changes) {
    }

    private final AuditLog auditLog;
    private final MessageSource messages;
    private final RegionOptions regions;

    HouseholdHistory(AuditLog auditLog, MessageSource messages, RegionOptions regions) {
        this.auditLog = auditLog;
        this.messages = messages;
        this.regions = regions;
    }

    List<Entry> of(HouseholdView household, Locale locale) {
        List<AuditEntry> entries = new ArrayList<>(auditLog.forEntity("HOUSEHOLD", household.id().toString()));
        household.members().forEach(m -> entries.addAll(auditLog.forEntity("HOUSEHOLD_MEMBER", m.memberId().toString())));
        return entries.stream().sorted(Comparator.comparingLong(AuditEntry::seq).reversed())
                .map(e -> entry(e, household, locale)).toList();
    }

    private Entry entry(AuditEntry e, HouseholdView household, Locale locale) {
        String role = e.role() == null ? "" : messages.getMessage("role." + e.role(), null, e.role(), locale);
        String action = messages.getMessage("history.action." + e.action(), null, e.action(), locale);
        List<Change> changes = new ArrayList<>();
        if ("HOUSEHOLD_MEMBER".equals(e.entityType())) {
            // Name the member whose data was shown (masked, as everywhere in the history).
            household.members().stream().filter(m -> m.memberId().toString().equals(e.entityId())).findFirst()
                    .ifPresent(m -> changes.add(new Change(label("person", locale), null, m.idNumberMasked() + " " + m.name())));
        }
        changes.addAll(changes(e.details(), household, locale));
        return new Entry(e.seq(), TIME.format(e.occurredAt().atZone(DISPLAY_ZONE)), e.username(), role, action, changes);
    }

    private List<Change> changes(String details, HouseholdView household, Locale locale) {
        if (details == null || details.isBlank()) {
            return List.of();
        }
        Map<String, Object> map;
        try {
            map = JSON.readValue(details, MAP);
        } catch (RuntimeException unreadable) {
            return List.of(new Change(label("details", locale), null, details));
        }
        List<Change> changes = new ArrayList<>();
        Object before = map.remove("before");
        Object after = map.remove("after");
        if (before instanceof Map<?, ?> || after instanceof Map<?, ?>) {
            Map<?, ?> b = before instanceof Map<?, ?> bm ? bm : Map.of();
            Map<?, ?> a = after instanceof Map<?, ?> am ? am : Map.of();
            Set<Object> keys = new LinkedHashSet<>(b.keySet());
            keys.addAll(a.keySet());
            for (Object key : keys) {
                String was = value(String.valueOf(key), b.get(key), locale);
                String now = value(String.valueOf(key), a.get(key), locale);
                if (!Objects.equals(was, now)) {
                    changes.add(new Change(label(String.valueOf(key), locale), was, now));
                }
            }
        }
        // A reveal names its household; on this household's own page that says nothing new.
        map.remove("household", household.id().toString());
        map.forEach((key, value) -> {
            if (value != null) {
                changes.add(new Change(label(key, locale), null, value(key, value, locale)));
            }
        });
        return changes;
    }

    private String label(String key, Locale locale) {
        return messages.getMessage("history.field." + key, null, key, locale);
    }

    /** Codes are shown as words: enum values translated, region codes named, field lists labelled. */
    private String value(String key, Object value, Locale locale) {
        if (value instanceof String s) {
            switch (key) {
                case "hukouType", "relationship" -> {
                    return messages.getMessage(key + "." + s, null, s, locale);
                }
                case "regionCode" -> {
                    return regions.name(s, locale) + " (" + s + ")";
                }
                case "fields" -> {
                    return java.util.Arrays.stream(s.split(","))
                            .map(f -> messages.getMessage("household.field." + f.trim(), null, f, locale))
                            .collect(Collectors.joining(", "));
                }
                default -> {
                    return s;
                }
            }
        }
        return text(value, locale);
    }

    /** Members are summarised as "masked ID name (relationship)"; everything else as its text. */
    private String text(Object value, Locale locale) {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> text(v, locale)).collect(Collectors.joining("; "));
        }
        if (value instanceof Map<?, ?> m && m.containsKey("idNumber")) {
            Object rel = m.get("relationship");
            String relationship = rel == null ? "" : messages.getMessage("relationship." + rel, null, String.valueOf(rel), locale);
            return m.get("idNumber") + " " + m.get("name") + " (" + relationship + ")";
        }
        if (value instanceof Boolean flag) {
            return messages.getMessage(flag ? "common.yes" : "common.no", null, locale);
        }
        return String.valueOf(value);
    }
}
