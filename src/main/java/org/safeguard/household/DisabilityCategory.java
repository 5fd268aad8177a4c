package org.safeguard.household;

public enum DisabilityCategory { LIMB, VISUAL, HEARING, SPEECH, INTELLECTUAL, MENTAL, MULTIPLE }
