package org.safeguard.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.safeguard.shared.RegionCode;
import org.safeguard.shared.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Persistence of staff accounts. */
@Repository
public class StaffAccounts {

    private final JdbcClient jdbc;

    StaffAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StaffAccount> findByUsername(String username) {
        return jdbc.sql("select * from staff_account where username = ?").param(username).query(StaffAccounts::map).optional();
    }

    public Optional<StaffAccount> findById(long id) {
        return jdbc.sql("select * from staff_account where id = ?").param(id).query(StaffAccounts::map).optional();
    }

    /** Accounts whose home region lies inside the given subtree prefix. */
    public List<StaffAccount> findInScope(String likePattern) {
        return jdbc.sql("select * from staff_account where home_region like ? order by username").param(likePattern)
                .query(StaffAccounts::map).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from staff_account").query(Long.class).single();
    }

    public long insert(String username, String passwordHash, String displayName, Role role, String department,
                       RegionCode homeRegion, Locale locale, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into staff_account (username, password_hash, display_name, role, department, home_region,
                    locale, password_changed_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(username, passwordHash, displayName, role.name(), department, homeRegion.value(),
                        locale.toLanguageTag(), utc(now), utc(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void recordFailedAttempt(long id, int maxAttempts, Instant lockUntil) {
        jdbc.sql("""
                update staff_account set failed_attempts = failed_attempts + 1,
                    locked_until = case when failed_attempts + 1 >= ? then ? else locked_until end
                where id = ?""")
                .params(maxAttempts, utc(lockUntil), id).update();
    }

    public void resetFailedAttempts(long id) {
        jdbc.sql("update staff_account set failed_attempts = 0, locked_until = null where id = ? and (failed_attempts <> 0 or locked_until is not null)")
                .param(id).update();
    }

    public void setEnabled(long id, boolean enabled) {
        jdbc.sql("update staff_account set enabled = ?, version = version + 1 where id = ?").params(enabled, id).update();
    }

    public void assign(long id, Role role, String department, RegionCode homeRegion, String displayName) {
        jdbc.sql("update staff_account set role = ?, department = ?, home_region = ?, display_name = ?, version = version + 1 where id = ?")
                .params(role.name(), department, homeRegion.value(), displayName, id).update();
    }

    /** The holder's own password: any temporary-password obligation ends. */
    public void setPassword(long id, String hash, Instant now) {
        jdbc.sql("""
                update staff_account set password_hash = ?, password_changed_at = ?, password_must_change = false,
                    password_expires_at = null, version = version + 1 where id = ?""")
                .params(hash, utc(now), id).update();
    }

    /** A password set by an administrator: it must be changed at first sign-in and works until {@code expiresAt}. */
    public void setTemporaryPassword(long id, String hash, Instant now, Instant expiresAt) {
        jdbc.sql("""
                update staff_account set password_hash = ?, password_changed_at = ?, password_must_change = true,
                    password_expires_at = ?, version = version + 1 where id = ?""")
                .params(hash, utc(now), utc(expiresAt), id).update();
    }

    public void setLocale(long id, Locale locale) {
        jdbc.sql("update staff_account set locale = ? where id = ?").params(locale.toLanguageTag(), id).update();
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static StaffAccount map(ResultSet rs, int row) throws SQLException {
        OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
        return new StaffAccount(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                rs.getString("display_name"), Role.valueOf(rs.getString("role")), rs.getString("department"),
                RegionCode.of(rs.getString("home_region")), rs.getBoolean("enabled"), rs.getInt("failed_attempts"),
                locked == null ? null : locked.toInstant(), Locale.forLanguageTag(rs.getString("locale")),
                rs.getObject("password_changed_at", OffsetDateTime.class).toInstant(),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getInt("version"),
                rs.getBoolean("password_must_change"), instant(rs.getObject("password_expires_at", OffsetDateTime.class)));
    }
}
