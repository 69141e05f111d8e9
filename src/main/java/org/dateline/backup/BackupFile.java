package org.dateline.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.dateline.storage.StoreTable;

/**
 * A backup file opened for restoring: its manifest, a check of every entry against it (checksum,
 * row count, every row decodable), and its rows and files read again for loading. A file cut short
 * or damaged is refused with one line naming what is wrong. Not thread-safe; close it when done.
 */
final class BackupFile implements AutoCloseable {
  private final Path path;
  private final ZipFile zip;
  private final Manifest manifest;

  private BackupFile(Path path, ZipFile zip, Manifest manifest) {
    this.path = path;
    this.zip = zip;
    this.manifest = manifest;
  }

  static BackupFile open(Path path) {
    if (!Files.isRegularFile(path)) {
      throw new BackupRefused(path + " is not a file");
    }
    ZipFile zip;
    try {
      zip = new ZipFile(path.toFile(), StandardCharsets.UTF_8);
    } catch (ZipException e) {
      throw new BackupRefused(
          path
              + " is not a complete Dateline backup (cut short or damaged: "
              + e.getMessage()
              + ")",
          e);
    } catch (IOException e) {
      throw new BackupRefused("cannot read " + path + ": " + e.getMessage(), e);
    }
    try {
      ZipEntry entry = zip.getEntry(BackupWriting.MANIFEST);
      if (entry == null) {
        throw new BackupRefused("it has no manifest.json");
      }
      try (InputStream in = zip.getInputStream(entry)) {
        return new BackupFile(path, zip, Manifest.read(in.readAllBytes()));
      }
    } catch (BackupRefused | IOException e) {
      close(zip);
      throw refused(path, e);
    }
  }

  Manifest manifest() {
    return manifest;
  }

  /** Reads every entry the manifest names and refuses the file at the first mismatch. */
  void verify() {
    try {
      for (Manifest.TableEntry t : manifest.tables()) {
        StoreTable table = t.table();
        MessageDigest digest = Sha256.digest();
        long rows = 0;
        try (BufferedReader lines = lines(tableEntry(t.name()), digest)) {
          String line;
          while ((line = lines.readLine()) != null) {
            rows++;
            try {
              RowCodec.decode(table, line);
            } catch (IllegalArgumentException e) {
              throw new BackupRefused(
                  "table " + t.name() + ", row " + rows + ": " + e.getMessage(), e);
            }
          }
        }
        if (rows != t.rows()) {
          throw new BackupRefused(
              "table " + t.name() + " holds " + rows + " rows; the manifest says " + t.rows());
        }
        check("table " + t.name(), digest, t.sha256());
      }
      for (Manifest.FileEntry f : manifest.files()) {
        MessageDigest digest = Sha256.digest();
        long bytes;
        try (InputStream in = new DigestInputStream(fileEntry(f.path()), digest)) {
          bytes = in.transferTo(OutputStream.nullOutputStream());
        }
        if (bytes != f.bytes()) {
          throw new BackupRefused(
              "file " + f.path() + " has " + bytes + " bytes; the manifest says " + f.bytes());
        }
        check("file " + f.path(), digest, f.sha256());
      }
    } catch (BackupRefused | IOException e) {
      throw refused(path, e);
    }
  }

  /** The decoded rows of one table, read again from the file as the iterator advances. */
  Iterator<Object[]> rows(Manifest.TableEntry entry) {
    StoreTable table = entry.table();
    BufferedReader lines;
    try {
      lines = lines(tableEntry(entry.name()), Sha256.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Iterator<>() {
      private String next = read();

      private String read() {
        try {
          String line = lines.readLine();
          if (line == null) {
            lines.close();
          }
          return line;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Object[] next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        Object[] row = RowCodec.decode(table, next);
        next = read();
        return row;
      }
    };
  }

  /** Copies a file of the data folder out of the backup. */
  void copyFile(Manifest.FileEntry entry, Path target) throws IOException {
    try (InputStream in = fileEntry(entry.path())) {
      Files.copy(in, target);
    }
  }

  private InputStream tableEntry(String name) throws IOException {
    return entry(BackupWriting.TABLES + name + ".jsonl");
  }

  private InputStream fileEntry(String path) throws IOException {
    return entry(BackupWriting.DATA + path);
  }

  private InputStream entry(String name) throws IOException {
    ZipEntry e = zip.getEntry(name);
    if (e == null) {
      throw new BackupRefused("it lacks " + name + ", which its manifest names");
    }
    return zip.getInputStream(e);
  }

  private static BufferedReader lines(InputStream in, MessageDigest digest) {
    return new BufferedReader(
        new InputStreamReader(
            new DigestInputStream(in, digest),
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
  }

  private static void check(String what, MessageDigest digest, String expected) {
    String actual = HexFormat.of().formatHex(digest.digest());
    if (!actual.equals(expected)) {
      throw new BackupRefused(what + " does not match its checksum in the manifest");
    }
  }

  private static BackupRefused refused(Path path, Exception e) {
    String why =
        e instanceof CharacterCodingException
            ? "it holds text that is not UTF-8"
            : e instanceof ZipException
                ? "it is damaged (" + e.getMessage() + ")"
                : e instanceof BackupRefused ? e.getMessage() : "cannot read it: " + e.getMessage();
    return new BackupRefused(path + " cannot be restored: " + why, e);
  }

  @Override
  public void close() {
    close(zip);
  }

  private static void close(ZipFile zip) {
    try {
      zip.close();
    } catch (IOException e) {
      // read-only: nothing is lost
    }
  }
}
