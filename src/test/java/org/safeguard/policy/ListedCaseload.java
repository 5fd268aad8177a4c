package org.safeguard.policy;

import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.safeguard.policy.dibao.ActiveDibaoCaseload;
import org.safeguard.shared.RegionCode;

/** A caseload held in a list, for tests of the impact preview (the beneficiary module provides the real one). */
public class ListedCaseload implements ActiveDibaoCaseload {

    private final List<CaseloadHousehold> households = new CopyOnWriteArrayList<>();

    public void replace(List<CaseloadHousehold> list) {
        households.clear();
        households.addAll(list);
    }

    @Override
    public void forEachActive(RegionCode subtree, YearMonth month, Consumer<CaseloadHousehold> sink) {
        households.stream().filter(h -> subtree.contains(h.region())).forEach(sink);
    }
}
