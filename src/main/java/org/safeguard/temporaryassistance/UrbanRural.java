package org.safeguard.temporaryassistance;

/** Which base standard applies: urban or rural (domain.md §16 item 11 "Base S"). */
public enum UrbanRural { URBAN, RURAL }
