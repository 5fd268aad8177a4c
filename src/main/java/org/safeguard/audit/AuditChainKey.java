package org.safeguard.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The key that signs the chain head, held outside the database: whoever can write the audit tables (a database
 * superuser, or the application's own account) can recompute every hash of the chain, but cannot sign a head it
 * moved without this key. The key comes from {@code safeguard.audit.chain-key} (a secret of at least 32
 * characters, the same on every node) or else from a key file, created with 256 random bits on first start.
 */
@Component
class AuditChainKey {

    private static final Logger log = LoggerFactory.getLogger(AuditChainKey.class);
    private static final int MIN_SECRET_LENGTH = 32;

    private final SecretKeySpec key;

    AuditChainKey(@Value("${safeguard.audit.chain-key:}") String secret,
                  @Value("${safeguard.audit.chain-key-file:./data/audit-chain.key}") String file) {
        this.key = new SecretKeySpec(secret.isBlank() ? fromFile(Path.of(file)) : fromSecret(secret), "HmacSHA256");
    }

    /** The signature of a head: HMAC-SHA256 over its sequence number and the hash of its last entry. */
    String sign(long lastSeq, String lastHash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal((lastSeq + ":" + lastHash).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by the Java platform", e);
        }
    }

    /** Whether a stored signature is this key's signature of the head, compared in constant time. */
    boolean verifies(String signature, long lastSeq, String lastHash) {
        return signature != null && MessageDigest.isEqual(signature.getBytes(StandardCharsets.US_ASCII),
                sign(lastSeq, lastHash).getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] fromSecret(String secret) {
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException("safeguard.audit.chain-key must have at least " + MIN_SECRET_LENGTH
                    + " characters");
        }
        return secret.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            byte[] key = HexFormat.of().parseHex(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (key.length < 32) {
                throw new IllegalStateException("the audit chain key file " + file + " holds fewer than 256 bits");
            }
            return key;
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read the audit chain key file " + file.toAbsolutePath(), e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        try {
            // CREATE_NEW: two nodes starting at once from one directory agree on the first file written
            Files.writeString(file, HexFormat.of().formatHex(random), StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the operator protects the file
            }
            log.warn("Created a new audit chain key in {}. Keep it outside the database's backups; on several nodes set "
                    + "safeguard.audit.chain-key to one secret instead.", file.toAbsolutePath());
        } catch (FileAlreadyExistsException raced) {
            // another node wrote it first: use that one
        }
    }
}
