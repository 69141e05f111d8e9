package org.dateline.web;

import jakarta.servlet.ServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;

/**
 * The outermost Jetty handler: counts the body bytes each request actually reads and fails the read
 * with {@link PayloadTooLarge} as soon as they pass the request's limit, whether or not a
 * Content-Length was sent (a chunked body declares no length). Every request starts at {@link
 * RequestBodies#FORM_LIMIT}; a route that takes more raises its own limit before its body is read
 * ({@link RequestBodies#accept}). The multipart parser and the servlet input stream both read
 * through here, so nothing reads past the limit. Thread-safe: one {@link Limited} per request.
 */
final class BodyLimits extends Handler.Wrapper {
  BodyLimits(Handler handler) {
    super(handler);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    return super.handle(new Limited(request, RequestBodies.FORM_LIMIT), response, callback);
  }

  /** The limited view of the request behind a servlet request; null without this handler. */
  static @Nullable Limited of(ServletRequest request) {
    ServletContextRequest core = ServletContextRequest.getServletContextRequest(request);
    return core == null ? null : Request.as(core, Limited.class);
  }

  /** A request whose body reads stop at its limit. */
  static final class Limited extends Request.Wrapper {
    private volatile long limit;
    private long read;
    private Content.@Nullable Chunk refused;
    private boolean ended;

    Limited(Request request, long limit) {
      super(request);
      this.limit = limit;
    }

    /** The most this request's body may be, in bytes. */
    long limit() {
      return limit;
    }

    /** Lets this request's body be up to {@code bytes}; called before the body is read. */
    void allow(long bytes) {
      this.limit = bytes;
    }

    @Override
    public Content.Chunk read() {
      if (refused != null) {
        return refused;
      }
      if (read == 0 && getHeaders().getLongField(HttpHeader.CONTENT_LENGTH) > limit) {
        return refuse();
      }
      Content.Chunk chunk = super.read();
      if (chunk == null || Content.Chunk.isFailure(chunk)) {
        return chunk;
      }
      read += chunk.remaining();
      ended = chunk.isLast();
      if (read > limit) {
        chunk.release();
        return refuse();
      }
      return chunk;
    }

    /**
     * Reads and drops the rest of a body that its route refused unread, when its declared length
     * leaves at most {@code cap} bytes to read; see {@link RequestBodies#swallowRest}.
     */
    void swallowRest(long cap) {
      long declared = getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
      if (ended || declared <= 0 || declared - read > cap) {
        return;
      }
      InputStream rest = Content.Source.asInputStream(getWrapped());
      byte[] buffer = new byte[16 * 1024];
      try {
        for (long dropped = 0; dropped <= cap; ) {
          int n = rest.read(buffer);
          if (n < 0) {
            ended = true;
            return;
          }
          dropped += n;
        }
      } catch (IOException gone) {
        // the client stopped sending: there is no one to answer
      }
    }

    private Content.Chunk refuse() {
      refused = Content.Chunk.from(new PayloadTooLarge(limit), true);
      return refused;
    }
  }
}
