package org.dateline.shared;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Where the server may send a request whose address someone else chose (a subscriber's webhook, a
 * partner's picture): the host must resolve to public addresses only ({@link PublicAddresses}),
 * unless the operator allowed a range in the setting this checker names ({@code webhooks.allow},
 * {@code ingest.allow}). Every address the name resolves to is checked (decisions 0074, 0084).
 * Immutable and thread-safe; {@link #refusal} asks DNS.
 */
public final class OutboundHosts {
  private final List<Cidr> allowed;
  private final String setting;

  /** {@code setting} is the key an operator sets to allow more ranges, named in the refusal. */
  public OutboundHosts(List<Cidr> allowed, String setting) {
    this.allowed = List.copyOf(allowed);
    this.setting = setting;
  }

  /** Why a request may not be sent to {@code url} now, or empty when it may. */
  public Optional<String> refusal(URI url) {
    String host = url.getHost();
    if (host == null || host.isEmpty()) {
      return Optional.of("the URL has no host");
    }
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      return Optional.of("the host " + host + " could not be resolved");
    }
    for (InetAddress a : addresses) {
      if (!PublicAddresses.isPublic(a) && !isAllowed(a)) {
        return Optional.of(
            "not sent: "
                + host
                + " resolves to "
                + a.getHostAddress()
                + ", which is not a public address (an operator may allow it with "
                + setting
                + ")");
      }
    }
    return Optional.empty();
  }

  private boolean isAllowed(InetAddress a) {
    byte[] bytes = a.getAddress();
    return allowed.stream().anyMatch(r -> r.contains(bytes));
  }
}
