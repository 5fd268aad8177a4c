package org.safeguard.household;

import java.util.List;

/** A page of hits; {@code hasNext} instead of a total so that a broad search never counts millions of rows. */
public record SearchPage(List<SearchHit> items, int page, int size, boolean hasNext) {
}
