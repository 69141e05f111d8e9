package org.dateline.ingest;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import org.dateline.shared.Hashes;
import org.dateline.storage.Transactions;

/**
 * The providers' management for {@link Incoming}: adding one (with its push key), pausing,
 * resuming, removing and trusting it, and finding a push provider by its key. Thread-safe: state
 * lives in the store.
 */
final class ProviderManagement {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final ProviderRepository providers;
  private final Transactions transactions;
  private final Clock clock;

  ProviderManagement(ProviderRepository providers, Transactions transactions, Clock clock) {
    this.providers = providers;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** Adds a provider; refuses a taken name, an unknown format or a bad source. */
  Incoming.Added add(ProviderForm form) {
    ProviderForm.Checked f = form.checked();
    Optional<String> key =
        f.kind() == Provider.SourceKind.PUSH ? Optional.of(newKey()) : Optional.empty();
    Provider p =
        providers
            .add(
                f.name(),
                f.format(),
                f.kind(),
                f.source(),
                key.map(Hashes::sha256).orElse(null),
                f.intervalSeconds(),
                clock.instant())
            .orElseThrow(() -> new ProviderRefused("A provider named " + f.name() + " exists."));
    return new Incoming.Added(p, key);
  }

  /** Stops fetching a provider's feed until it is resumed. */
  void pause(String name) {
    if (!providers.setPaused(name, true, clock.instant())) {
      throw unknown(name);
    }
  }

  /** Fetches a paused provider's feed again. */
  void resume(String name) {
    if (!providers.setPaused(name, false, clock.instant())) {
      throw unknown(name);
    }
  }

  /** Removes a provider, its incoming items and its log. */
  void remove(String name) {
    boolean removed = transactions.inTransaction(() -> providers.remove(name));
    if (!removed) {
      throw unknown(name);
    }
  }

  /** Marks a provider trusted (a rule may publish its items at once) or not. */
  void trust(String name, boolean trusted) {
    if (!providers.setTrusted(name, trusted, clock.instant())) {
      throw unknown(name);
    }
  }

  /** The push provider whose key this is, if the name and key match (constant time). */
  Optional<Provider> pushProvider(String name, String key) {
    Optional<String> stored = providers.keyHash(name);
    if (stored.isEmpty() || key == null || key.isEmpty()) {
      return Optional.empty();
    }
    boolean same =
        MessageDigest.isEqual(
            stored.get().getBytes(java.nio.charset.StandardCharsets.US_ASCII),
            Hashes.sha256(key).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    return same
        ? providers.find(name).filter(p -> p.kind() == Provider.SourceKind.PUSH)
        : Optional.empty();
  }

  static ProviderRefused unknown(String name) {
    return new ProviderRefused("No provider is named " + name + ".");
  }

  private static String newKey() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return "dli_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
