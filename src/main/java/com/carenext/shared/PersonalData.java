package com.carenext.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Phones and identity numbers at rest: sealed with AES-GCM under the data key ({@code CARENEXT_DATA_KEY}) as
 * {@code v1:<keyId>:<base64(iv|ciphertext|tag)>}, the column name bound in as associated data, and found by a keyed
 * hash (HMAC-SHA256 under a key derived from the data key) for exact search and uniqueness. Values sealed under an
 * older key ({@code carenext.data.old-keys}) still open; new values are always sealed under the current key.
 */
public final class PersonalData {

    static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final String currentId;
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
    private final SecretKeySpec hashKey;

    /** The current key and any older ones, each 32 raw bytes. */
    public PersonalData(byte[] currentKey, List<byte[]> oldKeys) {
        if (currentKey == null || currentKey.length != 32) {
            throw new IllegalArgumentException("The data key must be 32 bytes (256 bits), given base64-encoded");
        }
        currentId = keyId(currentKey);
        keys.put(currentId, new SecretKeySpec(currentKey, "AES"));
        for (byte[] old : oldKeys) {
            keys.putIfAbsent(keyId(old), new SecretKeySpec(old, "AES"));
        }
        hashKey = new SecretKeySpec(hmac(new SecretKeySpec(currentKey, "HmacSHA256"),
                "carenext lookup hash v1".getBytes(StandardCharsets.UTF_8)), "HmacSHA256");
    }

    /** The short id of a key: the first 8 hex digits of its SHA-256, written into every value it seals. */
    public static String keyId(byte[] key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key), 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The id of the key that seals new values. */
    public String currentKeyId() {
        return currentId;
    }

    /** Seals a value of the named column; null and blank stay as they are. */
    public String seal(String column, String plain) {
        if (plain == null || plain.isBlank()) {
            return plain;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(column.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return PREFIX + currentId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal " + column, e);
        }
    }

    /** Opens a value of the named column; null stays null, a value that is not sealed is returned as it is. */
    public String open(String column, String sealed) {
        if (!isSealed(sealed)) {
            return sealed;
        }
        int colon = sealed.indexOf(':', PREFIX.length());
        SecretKeySpec key = keys.get(sealed.substring(PREFIX.length(), colon));
        if (key == null) {
            throw new IllegalStateException("A value of " + column + " is sealed with key "
                    + sealed.substring(PREFIX.length(), colon) + ", which is neither carenext.data.key nor in "
                    + "carenext.data.old-keys");
        }
        try {
            byte[] in = Base64.getDecoder().decode(sealed.substring(colon + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(column.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A value of " + column + " cannot be opened (altered or moved?)", e);
        }
    }

    /** Whether a stored value is sealed (under any key). */
    public static boolean isSealed(String value) {
        return value != null && value.startsWith(PREFIX) && value.indexOf(':', PREFIX.length()) > 0;
    }

    /** Whether a stored value is sealed under the current key (else a re-seal pass should seal it again). */
    public boolean isCurrent(String value) {
        return value != null && value.startsWith(PREFIX + currentId + ":");
    }

    /** The keyed hash for exact search and uniqueness: spaces and dashes removed, letters upper-case. */
    public String lookupHash(String plain) {
        if (plain == null || plain.isBlank()) {
            return null;
        }
        String normal = plain.strip().replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
        return HexFormat.of().formatHex(hmac(hashKey, normal.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] hmac(SecretKeySpec key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
