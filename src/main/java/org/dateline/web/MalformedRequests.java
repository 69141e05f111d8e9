package org.dateline.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty answers a malformed request (a bad Host header, an undecodable path) itself, before any
 * route runs. Those answers get the security headers too, and are plain text without details.
 */
final class MalformedRequests extends ErrorHandler {
  MalformedRequests() {
    setShowStacks(false);
    setShowCauses(false);
    setShowOrigin(false);
    setShowMessageInTitle(false);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    SecurityHeaders.ALL.forEach((name, value) -> response.getHeaders().put(name, value));
    return super.handle(request, response, callback);
  }

  @Override
  protected boolean generateAcceptableResponse(
      Request request,
      Response response,
      Callback callback,
      String contentType,
      List<Charset> charsets,
      int code,
      String message,
      Throwable cause)
      throws IOException {
    return super.generateAcceptableResponse(
        request,
        response,
        callback,
        "text/plain",
        List.of(StandardCharsets.UTF_8),
        code,
        message,
        cause);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    SecurityHeaders.ALL.forEach(fields::put);
    return super.badMessageError(status, reason, fields);
  }
}
