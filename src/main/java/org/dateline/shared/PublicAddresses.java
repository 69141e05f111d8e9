package org.dateline.shared;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;

/**
 * Whether an address is on the public internet: not this machine, not a private, shared,
 * link-local, multicast, documentation or reserved range (RFC 6890's special-purpose registries,
 * IPv4 and IPv6). Outgoing requests to addresses a subscriber or partner chose (webhooks) go only
 * to public addresses unless the operator allows a range (decision 0074). Pure; never asks DNS.
 */
public final class PublicAddresses {
  private static final List<Cidr> SPECIAL =
      List.of(
              "0.0.0.0/8", // this network
              "10.0.0.0/8", // private
              "100.64.0.0/10", // shared address space (carrier-grade NAT)
              "127.0.0.0/8", // loopback
              "169.254.0.0/16", // link-local, cloud metadata services
              "172.16.0.0/12", // private
              "192.0.0.0/24", // IETF protocol assignments
              "192.0.2.0/24", // documentation
              "192.88.99.0/24", // 6to4 relay anycast (deprecated)
              "192.168.0.0/16", // private
              "198.18.0.0/15", // benchmarking
              "198.51.100.0/24", // documentation
              "203.0.113.0/24", // documentation
              "224.0.0.0/4", // multicast
              "240.0.0.0/4", // reserved, and the broadcast address
              "::/128", // unspecified
              "::1/128", // loopback
              "64:ff9b:1::/48", // local-use IPv4/IPv6 translation
              "100::/64", // discard-only
              "2001:db8::/32", // documentation
              "fc00::/7", // unique local
              "fe80::/10", // link-local
              "fec0::/10", // site-local (deprecated)
              "ff00::/8") // multicast
          .stream()
          .map(r -> Cidr.parse(r).orElseThrow())
          .toList();

  private PublicAddresses() {}

  /** Whether {@code address} is a public unicast address. */
  public static boolean isPublic(InetAddress address) {
    byte[] bytes = address.getAddress();
    if (address instanceof Inet6Address && embedsIpv4(bytes)) {
      // ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible) and 64:ff9b::a.b.c.d (NAT64) reach the
      // IPv4 address they carry: judge that one.
      byte[] v4 = java.util.Arrays.copyOfRange(bytes, 12, 16);
      return isPublicBytes(v4);
    }
    if (address instanceof Inet4Address || address instanceof Inet6Address) {
      return isPublicBytes(bytes);
    }
    return false;
  }

  private static boolean isPublicBytes(byte[] bytes) {
    for (Cidr range : SPECIAL) {
      if (range.contains(bytes)) {
        return false;
      }
    }
    return true;
  }

  private static boolean embedsIpv4(byte[] b) {
    boolean zeros80 = true;
    for (int i = 0; i < 10; i++) {
      zeros80 &= b[i] == 0;
    }
    boolean mapped = zeros80 && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    boolean compatible = zeros80 && b[10] == 0 && b[11] == 0 && !allZeroFrom(b, 12, 15);
    boolean nat64 =
        (b[0] & 0xff) == 0x00
            && (b[1] & 0xff) == 0x64
            && (b[2] & 0xff) == 0xff
            && (b[3] & 0xff) == 0x9b
            && allZeroFrom(b, 4, 11);
    return mapped || compatible || nat64;
  }

  /** Whether bytes {@code from}..{@code to} (inclusive) are all zero. */
  private static boolean allZeroFrom(byte[] b, int from, int to) {
    for (int i = from; i <= to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }
}
