package com.roboplanet.soconnector.sandbox.login;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** Signs id_tokens with RS256 using a key pair made at start; publishes the public key as a JWKS. */
final class JwtSigner {
    static final String KEY_ID = "so-sandbox-1";
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final CompletableFuture<KeyPair> keys;
    private final ObjectMapper json;

    /** Generates the key on {@code executor}: it takes up to a few hundred ms, which start-up need not wait for. */
    JwtSigner(ObjectMapper json, Executor executor) {
        this.json = json;
        this.keys = CompletableFuture.supplyAsync(JwtSigner::generate, executor);
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation is not available in this JVM", e);
        }
    }

    String sign(Map<String, Object> claims) {
        try {
            String header = encode(Map.of("alg", "RS256", "typ", "JWT", "kid", KEY_ID));
            String input = header + "." + encode(claims);
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(keys.join().getPrivate());
            signature.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException | JsonProcessingException e) {
            throw new IllegalStateException("could not sign the id_token", e);
        }
    }

    ObjectNode jwks() {
        RSAPublicKey key = (RSAPublicKey) keys.join().getPublic();
        ObjectNode root = json.createObjectNode();
        ObjectNode jwk = root.putArray("keys").addObject();
        jwk.put("kty", "RSA");
        jwk.put("use", "sig");
        jwk.put("alg", "RS256");
        jwk.put("kid", KEY_ID);
        jwk.put("n", URL.encodeToString(unsigned(key.getModulus())));
        jwk.put("e", URL.encodeToString(unsigned(key.getPublicExponent())));
        return root;
    }

    private String encode(Object value) throws JsonProcessingException {
        return URL.encodeToString(json.writeValueAsBytes(value));
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes.length > 1 && bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }
}
