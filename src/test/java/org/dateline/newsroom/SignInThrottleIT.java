package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.testing.MutableClock;
import org.dateline.testing.Newsroom;
import org.dateline.testing.NewsroomClient;
import org.dateline.testing.RawHttp;
import org.dateline.testing.TestApp;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * Password guessing over real HTTP, with the clock standing still unless a test moves it: attempts
 * are counted before the password is checked (so parallel guesses cannot slip past the limit),
 * further guesses wait exponentially longer, the owner on a browser that signed in before is not
 * slowed by guesses from elsewhere, and the password-change form is throttled the same way. The
 * numbers (5 free tries per account and client, 20 per account from unknown clients, 1 s doubling)
 * are decision 0009's.
 */
// It prints (a seed, a measure) to System.out, so it never runs beside a class that captures
// System.out (testing/Cli, which holds the lock for writing).
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ)
class SignInThrottleIT {
  private static final int FREE = 5;
  private static final String NEW_PASSWORD = "a brand new passphrase";
  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));
  @TempDir Path data;
  TestApp app;
  User owner;
  ExecutorService pool;

  @BeforeEach
  void start() {
    app = TestApp.start(data, false, clock);
    owner = Newsroom.user(app.wiring(), Role.EDITOR, "Eun-ji Editor");
    pool = Executors.newCachedThreadPool();
  }

  @AfterEach
  void stop() throws InterruptedException {
    pool.shutdownNow();
    pool.awaitTermination(30, TimeUnit.SECONDS);
    app.close();
  }

  @Test
  void fifty_parallel_sign_ins_with_one_right_password_get_only_the_free_tries_evaluated() {
    long seed = new Random().nextLong();
    System.out.println("SignInThrottleIT seed " + seed + " (the right password's place)");
    int right = new Random(seed).nextInt(50);
    List<Callable<HttpResponse<String>>> attempts = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String password = i == right ? Newsroom.PASSWORD : "wrong guess number " + i;
      attempts.add(() -> signIn(owner.email(), password));
    }

    List<HttpResponse<String>> answers = race(attempts);

    Map<Integer, Long> byStatus =
        answers.stream()
            .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
    assertThat(byStatus.keySet()).as("seed %d: %s", seed, byStatus).isSubsetOf(303, 401, 429);
    long checked = byStatus.getOrDefault(303, 0L) + byStatus.getOrDefault(401, 0L);
    if (answers.get(right).statusCode() == 303) {
      // The right password got in: its client's own bucket starts afresh (a client that signed in
      // is no guesser), so attempts still racing in after that success get free tries of their
      // own — at most FREE more, never an unlimited number.
      assertThat(checked)
          .as("seed %d: attempts whose password was checked, the right one among them", seed)
          .isBetween((long) FREE, 2L * FREE);
    } else {
      assertThat(checked).as("seed %d: attempts whose password was checked", seed).isEqualTo(FREE);
    }
    assertThat(byStatus.get(429)).isEqualTo(50L - checked);
    for (HttpResponse<String> r : answers) {
      if (r.statusCode() == 429) {
        assertThat(r.headers().firstValue("Retry-After")).isPresent();
        assertThat(Jsoup.parse(r.body()).select(".error").text())
            .startsWith("Too many failed sign-ins. Please wait");
      }
    }
    if (answers.get(right).statusCode() == 429) {
      assertThat(signIn(owner.email(), Newsroom.PASSWORD).statusCode())
          .as("seed %d: the right password, refused while the wait lasts", seed)
          .isEqualTo(429);
    }
  }

  @Test
  void each_guess_beyond_the_free_ones_waits_twice_as_long_and_the_owner_gets_in_after_it() {
    for (int i = 0; i < FREE; i++) {
      assertThat(signIn(owner.email(), "wrong " + i).statusCode()).isEqualTo(401);
    }
    for (int wait : List.of(1, 2, 4, 8)) {
      HttpResponse<String> refused = signIn(owner.email(), Newsroom.PASSWORD);
      assertThat(refused.statusCode()).isEqualTo(429);
      assertThat(refused.headers().firstValue("Retry-After")).contains(Integer.toString(wait));
      assertThat(Jsoup.parse(refused.body()).select(".error").text())
          .isEqualTo(
              "Too many failed sign-ins. Please wait "
                  + wait
                  + (wait == 1 ? " second" : " seconds")
                  + " and try again.");
      clock.advance(Duration.ofSeconds(wait));
      if (wait < 8) {
        assertThat(signIn(owner.email(), "wrong again").statusCode()).isEqualTo(401);
      }
    }

    assertThat(signIn(owner.email(), Newsroom.PASSWORD).statusCode()).isEqualTo(303);
  }

  @Test
  void free_tries_are_evaluated_even_when_they_count_in_out_of_their_clock_order() {
    // Parallel attempts read the clock before they wait for the bucket's row, so one that read it
    // a moment earlier can count in after one that read it later (a CI run saw a 429 here).
    assertThat(signIn(owner.email(), "wrong first").statusCode()).isEqualTo(401);
    clock.advance(Duration.ofMillis(-300));

    assertThat(signIn(owner.email(), "wrong second").statusCode()).isEqualTo(401);
    assertThat(signIn("nobody@example.org", "wrong third").statusCode()).isEqualTo(401);
  }

  @Test
  void guesses_from_elsewhere_do_not_slow_the_owner_on_a_browser_that_signed_in_before() {
    HttpResponse<String> first = signIn(owner.email(), Newsroom.PASSWORD);
    String device = cookie(first, "dateline_device");
    assertThat(first.headers().allValues("Set-Cookie"))
        .anySatisfy(
            c ->
                assertThat(c)
                    .startsWith("dateline_device=")
                    .contains("Path=/newsroom/login", "HttpOnly", "SameSite=Strict"));
    User other = Newsroom.user(app.wiring(), Role.REPORTER, "Олег Репортёр");
    String othersDevice = cookie(signIn(other.email(), Newsroom.PASSWORD), "dateline_device");

    // Someone guesses from five addresses, five times each: more than an account may take from
    // unknown clients.
    int refused = 0;
    for (int address = 1; address <= 5; address++) {
      for (int i = 0; i < FREE; i++) {
        int status = signInFrom("127.0.3." + address, owner.email(), "guess " + address + i);
        assertThat(status).isIn(401, 429);
        refused += status == 429 ? 1 : 0;
      }
    }
    assertThat(refused).as("the account's share for unknown clients ran out").isPositive();

    assertThat(signIn(owner.email(), Newsroom.PASSWORD, "dateline_device=" + device).statusCode())
        .as("the owner's known browser")
        .isEqualTo(303);
    assertThat(signIn(owner.email(), Newsroom.PASSWORD).statusCode())
        .as("a browser the account never signed in from")
        .isEqualTo(429);
    assertThat(
            signIn(owner.email(), Newsroom.PASSWORD, "dateline_device=" + othersDevice)
                .statusCode())
        .as("another account's device cookie")
        .isEqualTo(429);
    String forged = device.substring(0, device.length() - 1) + (device.endsWith("A") ? "B" : "A");
    assertThat(signIn(owner.email(), Newsroom.PASSWORD, "dateline_device=" + forged).statusCode())
        .as("a device cookie with a changed signature")
        .isEqualTo(429);
  }

  @Test
  void a_device_cookie_from_before_a_password_change_counts_as_unknown() {
    String device = cookie(signIn(owner.email(), Newsroom.PASSWORD), "dateline_device");
    clock.advance(Duration.ofMinutes(1));
    app.wiring().users().resetPassword(owner.id(), NEW_PASSWORD);
    for (int i = 0; i < FREE; i++) {
      assertThat(signIn(owner.email(), "guess " + i).statusCode()).isEqualTo(401);
    }

    assertThat(signIn(owner.email(), NEW_PASSWORD, "dateline_device=" + device).statusCode())
        .as("the old device shares the unknown clients' wait")
        .isEqualTo(429);
  }

  @Test
  void the_password_change_form_counts_wrong_current_passwords_before_checking_them() {
    NewsroomClient borrowed = NewsroomClient.signIn(app, owner.email(), Newsroom.PASSWORD);
    NewsroomClient ownersOther = NewsroomClient.signIn(app, owner.email(), Newsroom.PASSWORD);
    List<Callable<HttpResponse<String>>> guesses = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String guess = "current guess " + i;
      guesses.add(() -> changePassword(borrowed, guess));
    }

    List<HttpResponse<String>> answers = race(guesses);

    Map<Integer, Long> byStatus =
        answers.stream()
            .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
    assertThat(byStatus).containsOnlyKeys(422, 429);
    assertThat(byStatus.get(422)).as("guesses checked").isEqualTo(FREE);
    assertThat(answers)
        .filteredOn(r -> r.statusCode() == 429)
        .allSatisfy(r -> assertThat(r.headers().firstValue("Retry-After")).isPresent());
    HttpResponse<String> right = changePassword(borrowed, Newsroom.PASSWORD);
    assertThat(right.statusCode()).isEqualTo(429);
    assertThat(Jsoup.parse(right.body()).text()).contains("Too many wrong passwords. Please wait");
    assertThat(ownersOther.get("/newsroom/desk").statusCode())
        .as("the owner's other session goes on")
        .isEqualTo(200);
    assertThat(signIn(owner.email(), NEW_PASSWORD).statusCode()).isEqualTo(401);

    clock.advance(Duration.ofSeconds(1));
    assertThat(changePassword(borrowed, Newsroom.PASSWORD).statusCode())
        .as("after the wait, the owner may change it")
        .isEqualTo(303);
  }

  private HttpResponse<String> changePassword(NewsroomClient session, String current) {
    return session.post(
        "/newsroom/account/password",
        "current",
        current,
        "password",
        NEW_PASSWORD,
        "repeat",
        NEW_PASSWORD);
  }

  private HttpResponse<String> signIn(String email, String password, String... cookies) {
    List<String> headers = new ArrayList<>();
    if (cookies.length > 0) {
      headers.add("Cookie");
      headers.add(String.join("; ", cookies));
    }
    return app.postForm(
        "/newsroom/login",
        NewsroomClient.form("email", email, "password", password),
        headers.toArray(String[]::new));
  }

  private int signInFrom(String address, String email, String password) {
    return RawHttp.send(
            app.port(),
            "POST",
            "/newsroom/login",
            List.of(
                "Content-Type",
                "application/x-www-form-urlencoded",
                "Origin",
                "http://127.0.0.1:" + app.port()),
            NewsroomClient.form("email", email, "password", password)
                .getBytes(StandardCharsets.UTF_8),
            address)
        .status();
  }

  private static String cookie(HttpResponse<String> r, String name) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    return r.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(name + "="))
        .map(c -> c.substring(name.length() + 1, c.indexOf(';')))
        .findFirst()
        .orElseThrow();
  }

  /** Runs every task at the same moment (a start gate) and returns their results in order. */
  private <T> List<T> race(List<Callable<T>> tasks) {
    CountDownLatch gate = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (Callable<T> task : tasks) {
      futures.add(
          pool.submit(
              () -> {
                gate.await();
                return task.call();
              }));
    }
    gate.countDown();
    return futures.stream().map(f -> get(f)).collect(Collectors.toList());
  }

  private static <T> T get(Future<T> f) {
    try {
      return f.get(120, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
