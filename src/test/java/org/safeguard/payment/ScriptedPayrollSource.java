package org.safeguard.payment;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.safeguard.shared.RegionCode;
import org.springframework.stereotype.Component;

/**
 * A test-only benefit ({@value #BENEFIT}) that proves the payment module against its SPI: tests register payees
 * with their amounts, and may make {@link #linesFor} fail after a number of chunks of a month (a crash mid-run).
 * Small chunks (7 payees) so that a few dozen payees take several transactions.
 */
@Component
public class ScriptedPayrollSource implements PayrollSource {

    public static final String BENEFIT = "TEST_BENEFIT";

    /** The test benefit's component codes. */
    public static final List<String> CODES = List.of("BASE", "SUPPLEMENT", "TAPER", "ARREARS", "RECOVERY", "ADJUSTMENT");

    @Override
    public List<String> componentCodes() {
        return CODES;
    }
    static final int CHUNK = 7;
    private static final AtomicInteger MONTHS = new AtomicInteger((int) (System.nanoTime() % 5000));

    /** Ordered like the databases order UUIDs (unsigned), so {@link PayrollSource#START} sorts first. */
    private final ConcurrentSkipListMap<UUID, PayableLine> payees = new ConcurrentSkipListMap<>(
            Comparator.comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
                    .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned));
    private final Map<YearMonth, AtomicInteger> failAfter = new ConcurrentHashMap<>();
    private final Map<YearMonth, Map.Entry<AtomicInteger, Runnable>> hooks = new ConcurrentHashMap<>();

    /** A month no other test uses, so payrolls of different tests never meet (far future, never a real payroll). */
    public static YearMonth freshMonth() {
        return YearMonth.of(2200, 1).plusMonths(MONTHS.incrementAndGet());
    }

    /** Registers {@code count} payees in a community with amounts 100.00 + i + 0.5 split into base and supplement. */
    public List<PayableLine> addPayees(String community, int count) {
        List<PayableLine> added = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BigDecimal base = new BigDecimal("100.00").add(BigDecimal.valueOf(i));
            LineComponents components = LineComponents.of("BASE", base, "SUPPLEMENT", new BigDecimal("0.50"));
            PayableLine line = PayableLine.of(UUID.randomUUID(), community, "张三" + i, "测试银行",
                    "62220200" + String.format("%010d", Math.abs(UUID.randomUUID().getLeastSignificantBits() % 10_000_000_000L)),
                    components, i == 0 ? "NEW" : null);
            payees.put(line.payeeId(), line);
            added.add(line);
        }
        return added;
    }

    /** Registers one payee as given (names and accounts the bank file must quote, a missing bank name, ...). */
    public PayableLine addPayee(PayableLine line) {
        payees.put(line.payeeId(), line);
        return line;
    }

    /** Registers these lines as they are (another node's source gets the same payees). */
    public void addLines(List<PayableLine> lines) {
        lines.forEach(l -> payees.put(l.payeeId(), l));
    }

    public void changeAccount(UUID payeeId, String account) {
        PayableLine l = payees.get(payeeId);
        payees.put(payeeId, new PayableLine(l.payeeId(), l.regionCode(), l.payeeName(), l.bankName(), account, l.amount(),
                l.components(), l.changeReason()));
    }

    /** The next {@code chunks} calls of {@link #linesFor} for the month succeed, the one after fails. */
    public void failAfterChunks(YearMonth month, int chunks) {
        failAfter.put(month, new AtomicInteger(chunks));
    }

    /** Runs {@code action} once, as the chunk after the first {@code chunks} of the month reads its lines. */
    public void afterChunks(YearMonth month, int chunks, Runnable action) {
        hooks.put(month, Map.entry(new AtomicInteger(chunks), action));
    }

    public void heal(YearMonth month) {
        failAfter.remove(month);
    }

    @Override
    public String benefit() {
        return BENEFIT;
    }

    @Override
    public PayeeKind payeeKind() {
        return PayeeKind.HOUSEHOLD;
    }

    @Override
    public int chunkSize() {
        return CHUNK;
    }

    @Override
    public long countPayees(RegionCode region, YearMonth month) {
        return payees.values().stream().filter(l -> region.contains(RegionCode.of(l.regionCode()))).count();
    }

    @Override
    public List<UUID> payeeIdsAfter(RegionCode region, YearMonth month, UUID afterId, int limit) {
        return payees.tailMap(afterId, false).values().stream()
                .filter(l -> region.contains(RegionCode.of(l.regionCode()))).limit(limit).map(PayableLine::payeeId).toList();
    }

    @Override
    public List<PayableLine> linesFor(RegionCode region, YearMonth month, List<UUID> payeeIds) {
        Map.Entry<AtomicInteger, Runnable> hook = hooks.get(month);
        if (hook != null && hook.getKey().getAndDecrement() == 0) {
            hook.getValue().run();
        }
        AtomicInteger remaining = failAfter.get(month);
        if (remaining != null && remaining.getAndDecrement() <= 0) {
            throw new IllegalStateException("injected fault: the process dies in the middle of a chunk");
        }
        return payeeIds.stream().map(payees::get).filter(l -> l != null).toList();
    }
}
