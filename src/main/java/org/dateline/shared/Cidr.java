package org.dateline.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One address or range of addresses, IPv4 or IPv6, written as an address ({@code 10.0.0.7}, {@code
 * ::1}) or in CIDR notation ({@code 10.0.0.0/8}, {@code 2001:db8::/32}). Parsing never asks DNS:
 * only literal addresses are accepted. An IPv4-mapped IPv6 address ({@code ::ffff:10.0.0.7}) is
 * matched as the IPv4 address it is. Immutable.
 */
public final class Cidr {
  private static final Pattern LITERAL = Pattern.compile("[0-9a-fA-F:.]+");

  private final byte[] network;
  private final int bits;

  private Cidr(byte[] network, int bits) {
    this.network = network;
    this.bits = bits;
  }

  /** The range {@code text} names, or empty when it is no literal address or CIDR range. */
  public static Optional<Cidr> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip();
    int slash = t.indexOf('/');
    String address = slash < 0 ? t : t.substring(0, slash);
    if (address.startsWith("[") && address.endsWith("]")) {
      address = address.substring(1, address.length() - 1);
    }
    byte[] bytes = literal(address);
    if (bytes == null) {
      return Optional.empty();
    }
    int max = bytes.length * 8;
    int bits = max;
    if (slash >= 0) {
      String b = t.substring(slash + 1);
      if (!b.matches("[0-9]{1,3}")) {
        return Optional.empty();
      }
      bits = Integer.parseInt(b);
      if (bits > max) {
        return Optional.empty();
      }
    }
    return Optional.of(new Cidr(mask(bytes, bits), bits));
  }

  /** The bytes of a literal IPv4 or IPv6 address (IPv4-mapped IPv6 as IPv4), or null. */
  public static byte @Nullable [] literal(@Nullable String address) {
    if (address == null || address.isEmpty() || !LITERAL.matcher(address).matches()) {
      return null;
    }
    if (address.indexOf(':') < 0 && !address.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}")) {
      return null;
    }
    try {
      // A literal only (checked above): InetAddress parses it without a DNS look-up.
      return InetAddress.getByName(address).getAddress();
    } catch (UnknownHostException e) {
      return null;
    }
  }

  /** Whether {@code address} (the bytes of an IPv4 or IPv6 address) is in this range. */
  public boolean contains(byte @Nullable [] address) {
    if (address == null || address.length != network.length) {
      return false;
    }
    return Arrays.equals(mask(address, bits), network);
  }

  private static byte[] mask(byte[] bytes, int bits) {
    byte[] out = bytes.clone();
    for (int i = 0; i < out.length; i++) {
      int keep = Math.max(0, Math.min(8, bits - i * 8));
      out[i] = (byte) (out[i] & (0xff << (8 - keep)));
    }
    return out;
  }

  @Override
  public String toString() {
    try {
      return InetAddress.getByAddress(network).getHostAddress() + "/" + bits;
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }
}
