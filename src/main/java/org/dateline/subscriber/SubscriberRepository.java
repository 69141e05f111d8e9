package org.dateline.subscriber;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port: subscribers, their key hashes and their daily usage. */
public interface SubscriberRepository {
  /** Stores a new subscriber with its key hash; returns its id. */
  long insert(SubscriberForm form, String keyPrefix, String keyHash, long startSeq, Instant at);

  void update(long id, SubscriberForm form, Instant at);

  void setState(long id, SubscriberState state, Optional<String> reason, Instant at);

  /** Replaces the key (a new generation) and makes the subscriber active. */
  void setKey(long id, String keyPrefix, String keyHash, int generation, Instant at);

  Optional<Subscriber> byId(long id);

  Optional<Subscriber> byName(String name);

  /** Every subscriber, by name. */
  List<Subscriber> all();

  /** Every subscriber that is not revoked, with its key hash. */
  Map<String, Subscriber> byKeyHash();

  /** Adds request counts per (subscriber, day). */
  void addUsage(Map<Long, Map<LocalDate, Long>> counts);

  /** The subscriber's counts from {@code from} on, newest first. */
  List<Usage> usage(long id, LocalDate from);

  /** A number that changes with every change to any subscriber (other processes poll it). */
  long version();

  /** The installation's key named {@code name}, if one was put in. */
  Optional<String> installationKey(String name);

  /**
   * Puts {@code value} in as the key named {@code name} unless one is there already (another node
   * may have been first); then the value kept is read with {@link #installationKey}.
   */
  void offerInstallationKey(String name, String value);
}
