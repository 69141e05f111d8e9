package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The trusted-proxy rule: forwarding headers believed only from trusted proxies, rightmost first.
 */
class TrustedProxiesTest {
  private final TrustedProxies proxies =
      new TrustedProxies(List.of("10.0.0.0/8", "2001:db8:ff::/48", "127.0.0.1"));

  private Client resolve(String peer, Map<String, List<String>> headers) {
    return proxies.resolve(
        peer, "http", "internal:8080", name -> headers.getOrDefault(name, List.of()));
  }

  @Test
  void headers_from_an_untrusted_peer_are_ignored() {
    Client c =
        resolve(
            "203.0.113.9",
            Map.of(
                "X-Forwarded-For", List.of("198.51.100.1"),
                "X-Forwarded-Proto", List.of("https"),
                "Forwarded", List.of("for=198.51.100.2;proto=https")));
    assertThat(c).isEqualTo(new Client("203.0.113.9", "http", "internal:8080"));
  }

  @Test
  void the_client_is_the_rightmost_address_that_is_not_a_trusted_proxy() {
    // A client forged "1.2.3.4"; the edge proxy appended the real address; an inner proxy its own.
    Client c =
        resolve(
            "10.0.0.2",
            Map.of(
                "X-Forwarded-For", List.of("1.2.3.4, 198.51.100.7", "10.0.0.1"),
                "X-Forwarded-Proto", List.of("https"),
                "X-Forwarded-Host", List.of("news.example")));
    assertThat(c).isEqualTo(new Client("198.51.100.7", "https", "news.example"));
  }

  @Test
  void forwarded_of_rfc_7239_wins_with_quoted_ipv6_and_ports() {
    Client c =
        resolve(
            "2001:db8:ff::1",
            Map.of(
                "Forwarded",
                List.of(
                    "for=\"[2001:db8:cafe::17]:4711\";proto=https;host=news.example",
                    "for=10.1.2.3:5000"),
                "X-Forwarded-For",
                List.of("9.9.9.9")));
    assertThat(c).isEqualTo(new Client("2001:db8:cafe:0:0:0:0:17", "https", "news.example"));
  }

  @Test
  void an_obfuscated_or_garbage_hop_is_unknown_and_bad_proto_or_host_are_ignored() {
    Client c =
        resolve(
            "127.0.0.1",
            Map.of("Forwarded", List.of("for=_hidden;proto=gopher;host=\"<script>\"")));
    assertThat(c).isEqualTo(new Client("unknown", "http", "internal:8080"));
  }

  @Test
  void when_every_hop_is_trusted_the_leftmost_is_the_client() {
    Client c = resolve("10.0.0.2", Map.of("X-Forwarded-For", List.of("10.9.9.9, 10.0.0.1")));
    assertThat(c.address()).isEqualTo("10.9.9.9");
  }

  @Test
  void ipv4_mapped_ipv6_peers_match_ipv4_ranges() {
    assertThat(proxies.trusts("::ffff:10.1.1.1")).isTrue();
    assertThat(proxies.trusts("[2001:db8:ff::9]")).isTrue();
    assertThat(proxies.trusts("2001:db8:fe::9")).isFalse();
    assertThat(proxies.trusts("not-an-address")).isFalse();
  }
}
