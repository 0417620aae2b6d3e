package com.carenext.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The zip archive: one entry per source, then {@code manifest.json} with the size and SHA-256 of each. Reading is
 * guarded: the manifest is read first and capped; every entry must be listed in it with a safe relative name, and no
 * entry is read past the size the manifest gives (a zip bomb stops there); a checksum that differs refuses the whole
 * archive before anything is written outside the scratch directory.
 */
class Archive {

    static final long MAX_MANIFEST_BYTES = 16L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024 * 1024;
    static final int MAX_ENTRIES = 1_000_000;
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    record Source(String name, Path file) {
    }

    private Archive() {
    }

    static Manifest write(Path archive, Manifest draft, List<Source> sources) {
        List<Manifest.Entry> entries = new ArrayList<>();
        Path partial = archive.resolveSibling(archive.getFileName() + ".partial");
        try {
            if (archive.getParent() != null) {
                Files.createDirectories(archive.getParent());
            }
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                for (Source source : sources) {
                    zip.putNextEntry(new ZipEntry(source.name()));
                    MessageDigest digest = sha256();
                    long size;
                    try (InputStream in = new DigestInputStream(Files.newInputStream(source.file()), digest)) {
                        size = in.transferTo(zip);
                    }
                    zip.closeEntry();
                    entries.add(new Manifest.Entry(source.name(), size, HexFormat.of().formatHex(digest.digest())));
                }
                Manifest manifest = new Manifest(draft.format(), draft.databaseKind(), draft.databaseFile(),
                        draft.appVersion(), draft.createdAt(), draft.zone(), draft.schemaVersion(),
                        draft.dataKeyIncluded(), draft.dataKeyNote(), List.copyOf(entries));
                zip.putNextEntry(new ZipEntry(Manifest.NAME));
                zip.write(JSON.writeValueAsBytes(manifest));
                zip.closeEntry();
                zip.finish();
                Files.move(partial, archive, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                return manifest;
            }
        } catch (IOException e) {
            throw new BackupException("无法写入备份文件 / cannot write the archive " + archive, e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // Nothing more to do: the archive was not written.
            }
        }
    }

    /** Checks every entry against the manifest while copying it into {@code work}; answers the manifest. */
    static Manifest extract(Path archive, Path work) {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            Manifest manifest = manifest(zip);
            Set<String> listed = new HashSet<>();
            long total = 0;
            for (Manifest.Entry entry : manifest.entries()) {
                String name = safe(entry.name());
                if (!listed.add(name) || entry.size() < 0) {
                    throw corrupt("清单重复或有误 / duplicate or bad manifest entry " + name);
                }
                total += entry.size();
                if (total > MAX_TOTAL_BYTES || listed.size() > MAX_ENTRIES) {
                    throw corrupt("内容超出上限 / the archive exceeds the size limits");
                }
                ZipEntry zipEntry = zip.getEntry(name);
                if (zipEntry == null) {
                    throw corrupt("缺少 / missing " + name);
                }
                Path target = work.resolve(name).normalize();
                Files.createDirectories(target.getParent());
                MessageDigest digest = sha256();
                long copied;
                try (InputStream in = zip.getInputStream(zipEntry);
                     OutputStream out = Files.newOutputStream(target)) {
                    copied = copy(new DigestInputStream(in, digest), out, entry.size());
                }
                if (copied != entry.size() || !HexFormat.of().formatHex(digest.digest()).equals(entry.sha256())) {
                    throw corrupt("校验和不符 / checksum mismatch: " + name);
                }
            }
            if (zip.stream().anyMatch(e -> !e.getName().equals(Manifest.NAME) && !listed.contains(e.getName()))
                    || !listed.contains(manifest.databaseFile())) {
                throw corrupt("内容与清单不符 / entries differ from the manifest");
            }
            return manifest;
        } catch (IOException e) {
            throw new BackupException("备份文件已损坏或无法读取，未写入任何内容 / the archive is corrupt or"
                    + " unreadable; nothing was written", e);
        }
    }

    private static Manifest manifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(Manifest.NAME);
        if (entry == null) {
            throw corrupt("缺少 manifest.json / no manifest.json");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) MAX_MANIFEST_BYTES + 1);
            if (bytes.length > MAX_MANIFEST_BYTES) {
                throw corrupt("manifest.json 过大 / manifest.json too large");
            }
            Manifest manifest = JSON.readValue(bytes, Manifest.class);
            if (manifest.entries() == null || manifest.databaseFile() == null) {
                throw corrupt("manifest.json 不完整 / incomplete manifest.json");
            }
            return manifest;
        } catch (JacksonException e) {
            throw corrupt("manifest.json 无法解析 / unreadable manifest.json");
        }
    }

    /** Copies at most {@code limit} bytes; reading one byte more means the entry is larger than declared. */
    private static long copy(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        int read;
        while ((read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - copied + 1))) > 0) {
            copied += read;
            if (copied > limit) {
                return copied;
            }
            out.write(buffer, 0, read);
        }
        return copied;
    }

    private static String safe(String name) {
        if (name == null || name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")
                || name.equals(Manifest.NAME) || List.of(name.split("/")).stream()
                .anyMatch(part -> part.isEmpty() || part.equals(".") || part.equals(".."))) {
            throw corrupt("不安全的条目名 / unsafe entry name " + name);
        }
        return name;
    }

    private static BackupException corrupt(String detail) {
        return new BackupException("备份文件已损坏或被改动，拒绝恢复，未写入任何内容 / the archive is corrupt,"
                + " nothing was restored: " + detail);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
