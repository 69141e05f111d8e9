package org.dateline.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A bare HTTP/1.1 client over a socket: sends the request line and headers exactly as given
 * (hostile paths and headers that {@code java.net.http} would refuse or normalize), optionally from
 * a chosen loopback source address (every 127.x.y.z is this machine on Linux).
 */
public final class RawHttp {
  /**
   * A response: status, headers (names in lower case; repeated ones joined by ", "), the body
   * (decompressed) and how many body bytes came over the wire.
   */
  public record Response(int status, Map<String, String> headers, byte[] body, int wireBytes) {
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private RawHttp() {}

  /**
   * Sends {@code method target} to 127.0.0.1:port with the headers (name, value pairs) and body.
   */
  public static Response send(
      int port,
      String method,
      String target,
      List<String> headers,
      byte[] body,
      String localAddress) {
    try (Socket socket = new Socket()) {
      if (localAddress != null) {
        socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
      }
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      socket.setSoTimeout(15_000);
      StringBuilder head = new StringBuilder();
      head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
      boolean hasHost = false;
      for (int i = 0; i + 1 < headers.size(); i += 2) {
        hasHost |= headers.get(i).equalsIgnoreCase("Host");
        head.append(headers.get(i)).append(": ").append(headers.get(i + 1)).append("\r\n");
      }
      if (!hasHost) {
        head.append("Host: 127.0.0.1:").append(port).append("\r\n");
      }
      if (body != null) {
        head.append("Content-Length: ").append(body.length).append("\r\n");
      }
      head.append("Connection: close\r\n\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.UTF_8));
      try {
        if (body != null) {
          out.write(body);
        }
        out.flush();
      } catch (java.net.SocketException answeredEarly) {
        // The server may refuse a body (413) before it has all of it: its answer is still there to
        // read.
      }
      return read(socket.getInputStream(), method.equals("HEAD"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What became of a body streamed with chunked encoding: the server's answer, how many body bytes
   * the client had written when the answer was complete, and whether it had written all of them.
   */
  public record Streamed(Response response, long sentWhenAnswered, boolean finishedSending) {}

  /**
   * Sends {@code method target} with {@code Transfer-Encoding: chunked} (no Content-Length): first
   * {@code prefix}, then {@code filler} bytes up to {@code total} body bytes, from a writer thread,
   * while this thread reads the answer. The client's send buffer is kept small, so a server that
   * stops reading soon stops the writer too; how far the writer got when the answer was complete
   * shows how much the server could have read.
   */
  public static Streamed streamChunked(
      int port, String method, String target, List<String> headers, byte[] prefix, long total) {
    try (Socket socket = new Socket()) {
      socket.setSendBufferSize(64 * 1024);
      InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
      socket.connect(new InetSocketAddress(loopback, port), 5_000);
      socket.setSoTimeout(60_000);
      StringBuilder head = new StringBuilder();
      head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
      head.append("Host: 127.0.0.1:").append(port).append("\r\n");
      for (int i = 0; i + 1 < headers.size(); i += 2) {
        head.append(headers.get(i)).append(": ").append(headers.get(i + 1)).append("\r\n");
      }
      head.append("Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.UTF_8));
      out.flush();
      java.util.concurrent.atomic.AtomicLong sent = new java.util.concurrent.atomic.AtomicLong();
      java.util.concurrent.atomic.AtomicBoolean finished =
          new java.util.concurrent.atomic.AtomicBoolean();
      Thread writer =
          new Thread(
              () -> {
                byte[] filler = new byte[32 * 1024];
                java.util.Arrays.fill(filler, (byte) 'a');
                try {
                  writeChunk(out, prefix, prefix.length);
                  sent.addAndGet(prefix.length);
                  while (sent.get() < total) {
                    int n = (int) Math.min(filler.length, total - sent.get());
                    writeChunk(out, filler, n);
                    sent.addAndGet(n);
                  }
                  out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                  out.flush();
                  finished.set(true);
                } catch (IOException cutOff) {
                  // The server closed the connection: it will read no more of this body.
                }
              },
              "raw-http-chunked-writer");
      writer.setDaemon(true);
      writer.start();
      Response response = read(socket.getInputStream(), false);
      long sentWhenAnswered = sent.get();
      boolean done = finished.get();
      socket.close();
      writer.join(10_000);
      return new Streamed(response, sentWhenAnswered, done);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void writeChunk(OutputStream out, byte[] bytes, int length) throws IOException {
    out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(bytes, 0, length);
    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  public static Response get(int port, String target, String... headers) {
    return send(port, "GET", target, List.of(headers), null, null);
  }

  /**
   * Reads one answer (not to a HEAD) from a connection the caller keeps, leaving the stream at the
   * next answer.
   */
  public static Response readAnswer(InputStream in) throws IOException {
    return read(in, false);
  }

  private static Response read(InputStream in, boolean head) throws IOException {
    String statusLine = line(in);
    if (statusLine == null) {
      throw new IOException("connection closed before a response");
    }
    String[] parts = statusLine.split(" ", 3);
    int status = Integer.parseInt(parts[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (String l = line(in); l != null && !l.isEmpty(); l = line(in)) {
      int colon = l.indexOf(':');
      String name = l.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = l.substring(colon + 1).strip();
      headers.merge(name, value, (a, b) -> a + ", " + b);
    }
    byte[] body;
    if (head || status == 204 || status == 304) {
      body = new byte[0];
    } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      for (int size = Integer.parseInt(line(in).split(";")[0].strip(), 16);
          size > 0;
          size = Integer.parseInt(line(in).split(";")[0].strip(), 16)) {
        buf.write(in.readNBytes(size));
        line(in);
      }
      body = buf.toByteArray();
    } else if (headers.containsKey("content-length")) {
      body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
    } else {
      body = in.readAllBytes();
    }
    int wire = body.length;
    if ("gzip".equalsIgnoreCase(headers.get("content-encoding"))) {
      body = new GZIPInputStream(new java.io.ByteArrayInputStream(body)).readAllBytes();
    }
    return new Response(status, headers, body, wire);
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream(128);
    int c;
    while ((c = in.read()) != -1) {
      if (c == '\n') {
        byte[] b = buf.toByteArray();
        int len = b.length > 0 && b[b.length - 1] == '\r' ? b.length - 1 : b.length;
        return new String(b, 0, len, StandardCharsets.ISO_8859_1);
      }
      buf.write(c);
    }
    return buf.size() == 0 ? null : buf.toString(StandardCharsets.ISO_8859_1);
  }

  /**
   * Percent-encodes every byte outside unreserved characters (for a path segment or query value).
   */
  public static String encode(String s) {
    StringBuilder b = new StringBuilder();
    for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '_'
          || c == '.'
          || c == '~') {
        b.append((char) c);
      } else {
        b.append('%').append(String.format("%02X", c));
      }
    }
    return b.toString();
  }

  /** Lines a test can print: status and headers. */
  public static List<String> describe(Response r) {
    List<String> out = new ArrayList<>();
    out.add("HTTP " + r.status());
    r.headers().forEach((k, v) -> out.add(k + ": " + v));
    return out;
  }

  /** Reads an interim response's head, byte by byte up to its empty line. */
  public static String interimResponse(InputStream in) throws java.io.IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      head.append((char) b);
    }
    return head.toString();
  }
}
