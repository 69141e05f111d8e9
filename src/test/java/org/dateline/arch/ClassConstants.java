package org.dateline.arch;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The string constants of a compiled class, read from its constant pool: every literal and text
 * block its code uses (also the constant parts of concatenations), as the JVM will see them.
 */
final class ClassConstants {
  private ClassConstants() {}

  static List<String> strings(URI classFile) {
    try (InputStream in = classFile.toURL().openStream()) {
      return strings(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + classFile, e);
    }
  }

  static List<String> strings(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (in.readInt() != 0xCAFEBABE) {
        throw new IllegalArgumentException("not a class file");
      }
      in.readUnsignedShort(); // minor
      in.readUnsignedShort(); // major
      int count = in.readUnsignedShort();
      String[] utf8 = new String[count];
      List<Integer> stringRefs = new ArrayList<>();
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> utf8[i] = in.readUTF();
          case 8 -> stringRefs.add(in.readUnsignedShort());
          case 7, 16, 19, 20 -> in.skipBytes(2);
          case 15 -> in.skipBytes(3);
          case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
          case 5, 6 -> {
            in.skipBytes(8);
            i++; // eight-byte constants take two slots
          }
          default -> throw new IllegalArgumentException("unknown constant pool tag " + tag);
        }
      }
      List<String> out = new ArrayList<>();
      for (int ref : stringRefs) {
        out.add(utf8[ref]);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
