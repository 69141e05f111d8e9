package org.dateline.subscriber;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.dateline.Config;
import org.dateline.storage.StoreUrl;
import org.dateline.testing.TestApp;
import org.dateline.testing.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The key webhook secrets are derived from lives in the store (decision 0075): nodes with their own
 * data folders sign alike, and an installation from before adopts its data folder's key, so no
 * subscriber's secret changes.
 */
class SigningKeyIT {
  @TempDir Path dataA;
  @TempDir Path dataB;

  private static SubscriberForm form(String name) {
    return new SubscriberForm(
        name, "", List.of(), List.of(), List.of(), Optional.of("https://hooks.example/in"), 10);
  }

  @Test
  void an_upgraded_installation_keeps_its_data_folders_key_so_secrets_do_not_change()
      throws Exception {
    // Given a data folder with the signing key an earlier version made
    String oldKey = "0123456789abcdef".repeat(4);
    Files.writeString(dataA.resolve(SigningSecrets.FILE), oldKey + "\n");
    try (TestApp app = TestApp.start(dataA, false)) {
      // When a subscriber is added
      Issued issued = app.wiring().subscribers().add(form("Upgraded 서울"));
      // Then its secret is the one the old key derives
      String expected =
          "whsec_"
              + org.dateline.shared.Hashes.hmacSha256(
                  java.util.HexFormat.of().parseHex(oldKey),
                  ("webhook:" + issued.subscriber().id() + ":1")
                      .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      assertThat(issued.webhookSecret()).isEqualTo(expected);
    }
  }

  @Test
  void two_nodes_with_their_own_data_folders_derive_the_same_secrets() throws Exception {
    // Given two nodes on one PostgreSQL, each with a data folder of its own, one with a stray key
    StoreUrl store = TestStore.postgresql(dataA);
    Files.writeString(dataB.resolve(SigningSecrets.FILE), "fedcba9876543210".repeat(4));
    try (TestApp a =
        TestApp.start(Config.of(dataA, "127.0.0.1", 0).withDatabase(store), Clock.systemUTC())) {
      Issued issued = a.wiring().subscribers().add(form("Two nodes العربية"));
      try (TestApp b =
          TestApp.start(Config.of(dataB, "127.0.0.1", 0).withDatabase(store), Clock.systemUTC())) {
        // When node B rotates the subscriber's key, and node A reads the secret of the rotation
        Issued rotated = b.wiring().subscribers().rotate(issued.subscriber().id());
        // Then both nodes derive the same secrets: B used the store's key, not its stray file
        assertThat(rotated.webhookSecret()).isNotEqualTo(issued.webhookSecret());
        assertThat(a.wiring().subscribers().secret(rotated.subscriber()))
            .isEqualTo(rotated.webhookSecret());
        assertThat(b.wiring().subscribers().secret(issued.subscriber()))
            .isEqualTo(issued.webhookSecret());
      }
    }
  }
}
