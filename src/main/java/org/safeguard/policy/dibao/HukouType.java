package org.safeguard.policy.dibao;

/** Which standard applies: the household's hukou type (domain.md §16 item 3). */
public enum HukouType { URBAN, RURAL }
