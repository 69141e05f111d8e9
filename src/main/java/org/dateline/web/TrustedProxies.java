package org.dateline.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.dateline.shared.Cidr;
import org.jspecify.annotations.Nullable;

/**
 * The trusted-proxy rule (decision 0061): a request's forwarding headers ({@code Forwarded}, RFC
 * 7239, else {@code X-Forwarded-For}, {@code -Proto}, {@code -Host}) are believed only when the
 * connection comes from a configured proxy address or range; then the client is the rightmost
 * address of the chain that is not itself a trusted proxy, so a client cannot forge its address by
 * sending the headers itself. Anything else ignores the headers. Immutable, thread-safe.
 */
public final class TrustedProxies {
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]{1,253}(:[0-9]{1,5})?");
  private static final Pattern HOST6 = Pattern.compile("\\[[0-9A-Fa-f:.]{2,45}\\](:[0-9]{1,5})?");

  private final List<Cidr> ranges;

  public TrustedProxies(List<String> cidrs) {
    this.ranges = cidrs.stream().map(c -> Cidr.parse(c).orElseThrow()).toList();
  }

  /** Whether any proxy is trusted at all. */
  public boolean any() {
    return !ranges.isEmpty();
  }

  /** Whether {@code address} (a literal) is a trusted proxy. */
  public boolean trusts(String address) {
    if (ranges.isEmpty()) {
      return false;
    }
    String a =
        address.startsWith("[") && address.endsWith("]")
            ? address.substring(1, address.length() - 1)
            : address;
    byte[] bytes = Cidr.literal(a);
    if (bytes == null) {
      return false;
    }
    for (Cidr range : ranges) {
      if (range.contains(bytes)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The client of a request from {@code peer} (the connection's address) asking for {@code scheme}
   * and {@code host}; {@code headers} gives every value of a header by name (empty when absent).
   */
  public Client resolve(
      String peer, String scheme, String host, Function<String, List<String>> headers) {
    if (!trusts(peer)) {
      return new Client(peer, scheme, host);
    }
    List<String> forwarded = headers.apply("Forwarded");
    if (!forwarded.isEmpty()) {
      return fromForwarded(peer, scheme, host, forwarded);
    }
    List<String> chain = new ArrayList<>();
    for (String line : headers.apply("X-Forwarded-For")) {
      for (String part : line.split(",")) {
        if (!part.isBlank()) {
          chain.add(node(part));
        }
      }
    }
    String client = rightmostUntrusted(peer, chain);
    return new Client(
        client,
        proto(first(headers.apply("X-Forwarded-Proto")), scheme),
        host(first(headers.apply("X-Forwarded-Host")), host));
  }

  private Client fromForwarded(String peer, String scheme, String host, List<String> lines) {
    List<String[]> elements = new ArrayList<>(); // for, proto, host
    for (String line : lines) {
      for (String element : line.split(",")) {
        String[] e = new String[3];
        for (String pair : element.split(";")) {
          int eq = pair.indexOf('=');
          if (eq < 0) {
            continue;
          }
          String name = pair.substring(0, eq).strip().toLowerCase(Locale.ROOT);
          String value = unquote(pair.substring(eq + 1).strip());
          switch (name) {
            case "for" -> e[0] = node(value);
            case "proto" -> e[1] = value;
            case "host" -> e[2] = value;
            default -> {}
          }
        }
        elements.add(e);
      }
    }
    // The rightmost element whose address is not a trusted proxy names the client; the proto and
    // host it carries are what the client asked the first trusted proxy for.
    for (int i = elements.size() - 1; i >= 0; i--) {
      String[] e = elements.get(i);
      String address = e[0] == null ? "unknown" : e[0];
      if (i > 0 && trusts(address)) {
        continue;
      }
      return new Client(address, proto(e[1], scheme), host(e[2], host));
    }
    return new Client(peer, scheme, host);
  }

  private String rightmostUntrusted(String peer, List<String> chain) {
    for (int i = chain.size() - 1; i >= 0; i--) {
      if (i == 0 || !trusts(chain.get(i))) {
        return chain.get(i);
      }
    }
    return peer;
  }

  /** An address from a header: quotes, brackets and a port removed; unknown when not literal. */
  static String node(String text) {
    String t = unquote(text.strip());
    if (t.startsWith("[")) {
      int end = t.indexOf(']');
      t = end < 0 ? "" : t.substring(1, end);
    } else if (t.indexOf(':') == t.lastIndexOf(':') && t.indexOf(':') > 0) {
      t = t.substring(0, t.indexOf(':')); // IPv4 with a port
    }
    byte[] bytes = Cidr.literal(t);
    if (bytes == null) {
      return "unknown";
    }
    try {
      return java.net.InetAddress.getByAddress(bytes).getHostAddress();
    } catch (java.net.UnknownHostException e) {
      return "unknown";
    }
  }

  private static String unquote(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
        ? value.substring(1, value.length() - 1)
        : value;
  }

  private static @Nullable String first(List<String> values) {
    if (values.isEmpty()) {
      return null;
    }
    String v = values.get(0);
    int comma = v.indexOf(',');
    return (comma < 0 ? v : v.substring(0, comma)).strip();
  }

  private static String proto(@Nullable String given, String fallback) {
    if (given == null) {
      return fallback;
    }
    String p = given.strip().toLowerCase(Locale.ROOT);
    return p.equals("http") || p.equals("https") ? p : fallback;
  }

  private static String host(@Nullable String given, String fallback) {
    if (given == null) {
      return fallback;
    }
    String h = given.strip();
    return HOST.matcher(h).matches() || HOST6.matcher(h).matches() ? h : fallback;
  }
}
