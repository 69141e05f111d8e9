package org.dateline.ops;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import org.slf4j.LoggerFactory;

/**
 * The log format (decision 0060). Text is logback's configuration in {@link LogSetup} (with the
 * request id); JSON replaces the console appender with logback's own JSON encoder: one object a
 * line, with the time, level, logger, message, the MDC ({@code request_id}) and any exception.
 */
public final class LogFormat {
  private LogFormat() {}

  /** Switches to {@code format} ({@code text} or {@code json}) for the rest of the process. */
  public static void use(String format) {
    if (!"json".equals(format)
        || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return;
    }
    var root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.detachAndStopAllAppenders();
    JsonEncoder encoder = new JsonEncoder();
    encoder.setContext(context);
    encoder.setWithSequenceNumber(false);
    encoder.setWithArguments(false);
    encoder.setWithFormattedMessage(true);
    encoder.setWithMessage(false);
    encoder.start();
    ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
    console.setContext(context);
    console.setName("json");
    console.setTarget("System.err");
    console.setEncoder(encoder);
    console.start();
    root.addAppender(console);
  }
}
