package org.dateline.delivery;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.dateline.shared.Cidr;
import org.dateline.shared.OutboundHosts;

/**
 * Where webhooks may go: a subscriber's URL must resolve to public addresses only, unless the
 * operator allowed a range ({@code webhooks.allow}); so a webhook URL cannot reach this machine,
 * the internal network or a cloud metadata service (decision 0074). Checked before every attempt,
 * on every address the name resolves to ({@link OutboundHosts}, which ingest's pictures share).
 */
final class WebhookTargets {
  private final OutboundHosts hosts;

  WebhookTargets(List<Cidr> allowed) {
    this.hosts = new OutboundHosts(allowed, "webhooks.allow");
  }

  /** Why a webhook may not be sent to {@code url} now, or empty when it may. */
  Optional<String> refusal(URI url) {
    if (url.getHost() == null || url.getHost().isEmpty()) {
      return Optional.of("the webhook URL has no host");
    }
    return hosts.refusal(url);
  }
}
