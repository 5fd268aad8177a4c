package org.safeguard.account;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.safeguard.shared.RegionCode;
import org.safeguard.shared.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The minimal public read of staff accounts for other modules (e.g. assigning a case): username, display name, role
 * and home region of enabled accounts; never the password hash or the login state. Not limited to the caller's scope:
 * callers decide what they may show (the application module only lists staff who can see the case).
 */
@Service
public class StaffLookup {

    /** An enabled staff member. */
    public record Staff(String username, String displayName, Role role, String homeRegion) {

        /** The member's home region is the region or one of its ancestors, so the region is in their scope. */
        public boolean covers(RegionCode region) {
            return RegionCode.of(homeRegion).contains(region);
        }
    }

    private final JdbcClient jdbc;

    StaffLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Staff> find(String username) {
        return jdbc.sql("select username, display_name, role, home_region from staff_account where username = ? and enabled = ?")
                .params(username, true).query(StaffLookup::map).optional();
    }

    /** Enabled staff whose home region is the region or one of its ancestors (province, city, county, township), by username. */
    public List<Staff> covering(RegionCode region) {
        String code = region.value();
        Set<String> ancestors = new LinkedHashSet<>();
        for (int length : new int[] {2, 4, 6, 9, 12}) {
            String candidate = (code.substring(0, length) + "000000000000").substring(0, 12);
            if (RegionCode.of(candidate).contains(region)) {
                ancestors.add(candidate);
            }
        }
        List<Object> params = new ArrayList<>(ancestors);
        params.add(true);
        return jdbc.sql("select username, display_name, role, home_region from staff_account where home_region in ("
                        + String.join(", ", ancestors.stream().map(a -> "?").toList()) + ") and enabled = ? order by username")
                .params(params).query(StaffLookup::map).list();
    }

    private static Staff map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Staff(rs.getString("username"), rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                rs.getString("home_region"));
    }
}
