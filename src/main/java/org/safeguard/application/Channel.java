package org.safeguard.application;

/** How the application came in (domain.md §2.4). */
public enum Channel {
    WINDOW, ONLINE, HOTLINE, PROACTIVE_DISCOVERY, ENTRUSTED_VILLAGE_COMMITTEE, ENTRUSTED_OTHER_PERSON
}
