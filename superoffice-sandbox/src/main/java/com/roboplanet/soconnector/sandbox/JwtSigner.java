package com.roboplanet.soconnector.sandbox;

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

/** Signs id_tokens with RS256 using a key pair made at start; publishes the public key as a JWKS. */
final class JwtSigner {
    static final String KEY_ID = "so-sandbox-1";
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final KeyPair keys;
    private final ObjectMapper json;

    JwtSigner(ObjectMapper json) {
        this.json = json;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation is not available in this JVM", e);
        }
    }

    String sign(Map<String, Object> claims) {
        try {
            String header = encode(Map.of("alg", "RS256", "typ", "JWT", "kid", KEY_ID));
            String input = header + "." + encode(claims);
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(keys.getPrivate());
            signature.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException | JsonProcessingException e) {
            throw new IllegalStateException("could not sign the id_token", e);
        }
    }

    ObjectNode jwks() {
        RSAPublicKey key = (RSAPublicKey) keys.getPublic();
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

    RSAPublicKey publicKey() {
        return (RSAPublicKey) keys.getPublic();
    }

    private String encode(Object value) throws JsonProcessingException {
        return URL.encodeToString(json.writeValueAsBytes(value));
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes.length > 1 && bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }
}
