package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dateline.newsroom.auth.Session;
import org.jsoup.Jsoup;

/**
 * The vocabulary of {@link RoleTableIT}: who asks, what is sent, what comes back, and what counts
 * as success for one cell of the route × role table.
 */
final class RoleTable {
  private RoleTable() {}

  /** Who sends the request: signed out, or signed in with one of the three roles. */
  enum Who {
    ANONYMOUS,
    REPORTER,
    EDITOR,
    ADMIN
  }

  /**
   * A request: method, path, form fields (name, value pairs; the session's CSRF token is added for
   * signed-in users unless {@code withoutToken}), a photo to send as multipart, whether JSON is
   * asked for, the loopback address to send from (public forms limit each client), and a session of
   * its own instead of the sender's usual one.
   */
  record Request(
      String method,
      String path,
      List<String> form,
      ByteBuffer photo,
      boolean json,
      String fromAddress,
      boolean withoutToken,
      Session session) {
    static Request get(String path) {
      return new Request("GET", path, List.of(), null, false, null, false, null);
    }

    static Request head(String path) {
      return new Request("HEAD", path, List.of(), null, false, null, false, null);
    }

    static Request post(String path, String... form) {
      return new Request("POST", path, List.of(form), null, false, null, false, null);
    }

    Request asJson() {
      return new Request(method, path, form, photo, true, fromAddress, withoutToken, session);
    }

    Request from(String address) {
      return new Request(method, path, form, photo, json, address, withoutToken, session);
    }

    Request withPhoto(byte[] bytes) {
      return new Request(
          method,
          path,
          form,
          ByteBuffer.wrap(bytes).asReadOnlyBuffer(),
          json,
          fromAddress,
          withoutToken,
          session);
    }

    Request tokenless() {
      return new Request(method, path, form, photo, json, fromAddress, true, session);
    }

    /** Sent in {@code own} session instead of the sender's usual one (none for the anonymous). */
    Request in(Session own) {
      return new Request(method, path, form, photo, json, fromAddress, withoutToken, own);
    }
  }

  /** What came back. */
  record Answer(
      int status, String location, String contentType, String body, List<String> setCookies) {
    String h1() {
      return Jsoup.parse(body).select("h1").text();
    }
  }

  /**
   * One cell, ready to send: the request, what a successful answer is (status, place, payload, and
   * the effect seen afterwards), and the state a refused request must leave as it was.
   */
  record Cell(Request request, Consumer<Answer> success, Supplier<Object> state) {}

  /**
   * One route of the route tables as the server lists it (method, path, guard), whom it serves —
   * {@code allowed} has one character per {@link Who} in order, {@code y} or {@code -} — and how to
   * probe it for one of them.
   */
  record Row(String method, String path, String guard, String allowed, Function<Who, Cell> probe) {
    Row {
      assertThat(allowed).matches("[y-]{4}");
    }

    boolean allows(Who who) {
      int column =
          switch (who) {
            case ANONYMOUS -> 0;
            case REPORTER -> 1;
            case EDITOR -> 2;
            case ADMIN -> 3;
          };
      return allowed.charAt(column) == 'y';
    }

    String route() {
      return method + " " + path + " " + guard;
    }
  }

  /** Nothing a refusal could change. */
  static Supplier<Object> nothing() {
    return () -> "";
  }

  /** A page: 200, HTML, its first heading containing {@code heading}. */
  static Cell page(String path, String heading) {
    return new Cell(
        Request.get(path),
        a -> {
          assertThat(a.status()).as(a.body()).isEqualTo(200);
          assertThat(a.contentType()).startsWith("text/html");
          assertThat(a.h1()).contains(heading);
        },
        nothing());
  }

  /** HEAD of a page or file: 200, its type, no body. */
  static Cell head(String path, String type) {
    return new Cell(
        Request.head(path),
        a -> {
          assertThat(a.status()).isEqualTo(200);
          assertThat(a.contentType()).startsWith(type);
          assertThat(a.body()).isEmpty();
        },
        nothing());
  }

  /** A file: 200 and its type. */
  static Cell file(String path, String type) {
    return new Cell(
        Request.get(path),
        a -> {
          assertThat(a.status()).isEqualTo(200);
          assertThat(a.contentType()).startsWith(type);
          assertThat(a.body()).isNotEmpty();
        },
        nothing());
  }

  /** A redirect with {@code status} to a path starting with {@code to}. */
  static Cell redirect(Request request, int status, String to) {
    return new Cell(
        request,
        a -> {
          assertThat(a.status()).as(a.body()).isEqualTo(status);
          assertThat(a.location()).startsWith(to);
        },
        nothing());
  }

  /** A form sent: 303 to {@code to}, then {@code effect} holds. */
  static Cell action(Request request, String to, Runnable effect, Supplier<Object> state) {
    return new Cell(
        request,
        a -> {
          assertThat(a.status()).as(a.body()).isEqualTo(303);
          // A place on the page (#row-ID, which the admin pages add to return to the row acted
          // on) is compared only when the cell names one.
          assertThat(to.contains("#") ? a.location() : a.location().replaceFirst("#.*$", ""))
              .isEqualTo(to);
          effect.run();
        },
        state);
  }

  /** Where the newsroom sends a signed-out reader of {@code path}. */
  static String signInFor(String path) {
    return "/newsroom/login?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
  }
}
