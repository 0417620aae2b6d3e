package com.carenext.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Where the data key comes from: {@code carenext.data.key} ({@code CARENEXT_DATA_KEY}, base64 of 32 bytes). A demo
 * without one generates a key into {@code carenext.data.key-file} and says so; anything else refuses to start, and
 * because the Flyway migrations need this bean, it refuses before any migration runs.
 */
@Configuration(proxyBeanMethods = false)
class DataKeys {

    static final String MISSING = "未配置数据密钥 CARENEXT_DATA_KEY（carenext.data.key），拒绝启动：电话和身份证号必须加密存储。"
            + " No data key: set CARENEXT_DATA_KEY to a base64-encoded 32-byte key (openssl rand -base64 32)."
            + " See docs/deployment.md, \"Data keys\".";
    private static final Logger log = LoggerFactory.getLogger(DataKeys.class);

    @Bean
    PersonalData personalData(Environment environment) {
        List<byte[]> old = new ArrayList<>();
        for (String text : environment.getProperty("carenext.data.old-keys", "").split(",")) {
            if (!text.isBlank()) {
                old.add(decode(text, "carenext.data.old-keys"));
            }
        }
        String key = environment.getProperty("carenext.data.key", "");
        if (!key.isBlank()) {
            return new PersonalData(decode(key, "carenext.data.key"), old);
        }
        if (!environment.getProperty("carenext.demo.enabled", Boolean.class, false)) {
            log.error(MISSING);
            throw new IllegalStateException(MISSING);
        }
        Path file = Path.of(environment.getProperty("carenext.data.key-file", "./data/data.key"));
        byte[] generated = readOrGenerate(file);
        log.warn("演示模式：未配置 CARENEXT_DATA_KEY，使用自动生成的数据密钥 {}（密钥 {}），仅供演示，生产环境必须配置密钥。"
                        + " Demo mode: no CARENEXT_DATA_KEY configured, using the generated data key in {} (key id {});"
                        + " for demonstration only, production must configure one.",
                file.toAbsolutePath(), PersonalData.keyId(generated), file.toAbsolutePath(),
                PersonalData.keyId(generated));
        return new PersonalData(generated, old);
    }

    static byte[] readOrGenerate(Path file) {
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file), file.toString());
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(parent, "data", ".key");
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                log.warn("Cannot restrict the permissions of {} on this file system", file);
            }
            Files.writeString(temporary, Base64.getEncoder().encodeToString(key) + "\n");
            Files.move(temporary, file);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the data key file " + file, e);
        }
    }

    private static byte[] decode(String text, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not base64", e);
        }
        if (key.length != 32) {
            throw new IllegalStateException(source + " must hold 32 bytes (base64 of 32 random bytes), not "
                    + key.length);
        }
        return key;
    }
}
