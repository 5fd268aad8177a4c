package org.safeguard.account;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.web.servlet.MockMvc;

/** Other departments' systems call the API with bearer JWTs; role and region still come from our accounts. */
@SafeguardTest
@Import(BearerTokenTest.Keys.class)
class BearerTokenTest {

    static final KeyPair KEYS = generate();
    static final KeyPair FOREIGN_KEYS = generate();

    @TestConfiguration
    static class Keys {
        @Bean
        JwtDecoder jwtDecoder() {
            return NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic()).build();
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void aValidTokenForAKnownAccountActsAsThatAccount() throws Exception {
        mvc.perform(get("/api/v1/regions/420106000000").header("Authorization", "Bearer " + token("reviewer", KEYS)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.code").value("420106000000"));
        mvc.perform(get("/api/v1/regions/420102000000").header("Authorization", "Bearer " + token("reviewer", KEYS)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aTokenSignedByAnotherKeyOrForAnUnknownAccountIsRefused() throws Exception {
        mvc.perform(get("/api/v1/regions/420106000000").header("Authorization", "Bearer " + token("reviewer", FOREIGN_KEYS)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/regions/420106000000").header("Authorization", "Bearer " + token("nobody", KEYS)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        var claims = new JWTClaimsSet.Builder().subject("reviewer").issueTime(Date.from(Instant.now().minusSeconds(7200)))
                .expirationTime(Date.from(Instant.now().minusSeconds(3600))).build();
        mvc.perform(get("/api/v1/regions/420106000000").header("Authorization", "Bearer " + sign(claims, KEYS)))
                .andExpect(status().isUnauthorized());
    }

    private static String token(String username, KeyPair keys) throws Exception {
        var claims = new JWTClaimsSet.Builder().subject("sso-" + username).claim("preferred_username", username)
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(300))).build();
        return sign(claims, keys);
    }

    private static String sign(JWTClaimsSet claims, KeyPair keys) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner(keys.getPrivate()));
        return jwt.serialize();
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
