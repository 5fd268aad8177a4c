package org.safeguard.region;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.safeguard.shared.RegionCode;
import org.safeguard.shared.RegionLevel;
import org.safeguard.shared.cache.CacheVersions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Read access to the region tree. Regions change rarely (an import), so lookups are cached and
 * the cache is dropped whenever an import writes: at once on the importing node, within the version-check interval
 * on every other node (the import bumps the {@value #CACHE} version in its transaction).
 */
@Service
public class RegionCatalog {

    static final String CACHE = "regions";

    private final JdbcClient jdbc;
    private final Map<String, Optional<Region>> cache = new ConcurrentHashMap<>();
    private final CacheVersions.Watch version;

    RegionCatalog(JdbcClient jdbc, CacheVersions versions) {
        this.jdbc = jdbc;
        this.version = versions.watch(CACHE);
    }

    public Optional<Region> find(RegionCode code) {
        if (version.moved()) {
            cache.clear();
        }
        return cache.computeIfAbsent(code.value(), c -> jdbc.sql("select * from region where code = ?")
                .param(c).query(RegionCatalog::map).optional());
    }

    public Optional<Region> find(String code) {
        return RegionCode.isWellFormed(code) ? find(RegionCode.of(code)) : Optional.empty();
    }

    public boolean exists(String code) {
        return find(code).isPresent();
    }

    /** True when some region's code starts with these six digits, i.e. a known county-level code. */
    public boolean knownAdministrativeCode(String sixDigits) {
        return jdbc.sql("select count(*) from region where code = ?").param(sixDigits + "000000")
                .query(Long.class).single() > 0;
    }

    public List<Region> children(RegionCode code) {
        return jdbc.sql("select * from region where parent_code = ? order by code").param(code.value())
                .query(RegionCatalog::map).list();
    }

    /** The path from the province down to this region, inclusive. */
    public List<Region> ancestry(RegionCode code) {
        List<Region> path = new ArrayList<>();
        Optional<Region> current = find(code);
        while (current.isPresent()) {
            path.add(current.get());
            RegionCode parent = current.get().parentCode();
            current = parent == null ? Optional.empty() : find(parent);
        }
        Collections.reverse(path);
        return path;
    }

    /** Every region in the subtree of {@code root}, root first, in code order. */
    public List<Region> subtree(RegionCode root) {
        return jdbc.sql("select * from region where code like ? order by code").param(root.subtreePrefix() + "%")
                .query(RegionCatalog::map).list();
    }

    /** The top of the tree (provinces), in code order. */
    public List<Region> roots() {
        return jdbc.sql("select * from region where parent_code is null order by code").query(RegionCatalog::map).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from region").query(Long.class).single();
    }

    void invalidate() {
        cache.clear();
    }

    static Region map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        String parent = rs.getString("parent_code");
        String urbanRural = rs.getString("urban_rural");
        return new Region(RegionCode.of(rs.getString("code")), parent == null ? null : RegionCode.of(parent),
                RegionLevel.valueOf(rs.getString("level")), rs.getString("name_zh"), rs.getString("name_en"),
                urbanRural == null ? null : Region.UrbanRural.valueOf(urbanRural));
    }
}
