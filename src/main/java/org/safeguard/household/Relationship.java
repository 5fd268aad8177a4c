package org.safeguard.household;

public enum Relationship { HEAD, SPOUSE, CHILD, PARENT, SIBLING, GRANDPARENT, GRANDCHILD, OTHER }
