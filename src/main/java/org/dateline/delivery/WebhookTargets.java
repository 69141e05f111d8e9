package org.dateline.delivery;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import org.dateline.shared.Cidr;
import org.dateline.shared.PublicAddresses;

/**
 * Where webhooks may go: a subscriber's URL must resolve to public addresses only, unless the
 * operator allowed a range ({@code webhooks.allow}); so a webhook URL cannot reach this machine,
 * the internal network or a cloud metadata service (decision 0074). Checked before every attempt,
 * on every address the name resolves to.
 */
final class WebhookTargets {
  private final List<Cidr> allowed;

  WebhookTargets(List<Cidr> allowed) {
    this.allowed = List.copyOf(allowed);
  }

  /** Why a webhook may not be sent to {@code url} now, or empty when it may. */
  Optional<String> refusal(URI url) {
    String host = url.getHost();
    if (host == null || host.isEmpty()) {
      return Optional.of("the webhook URL has no host");
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
                + ", which is not a public address (an operator may allow it with"
                + " webhooks.allow)");
      }
    }
    return Optional.empty();
  }

  private boolean isAllowed(InetAddress a) {
    byte[] bytes = a.getAddress();
    return allowed.stream().anyMatch(r -> r.contains(bytes));
  }
}
