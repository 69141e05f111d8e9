package org.dateline.ops;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;

/**
 * The text logs' configuration, in code (found by logback through {@code META-INF/services}): on
 * stderr, the time, level, logger, the request id (when in a request) and the message; {@code
 * org.dateline} at INFO, the libraries at WARN. It replaced {@code logback.xml}, whose parsing (an
 * XML parser and logback's configuration model) was a tenth of a second of every start (decision
 * 0095). An operator's own file ({@code -Dlogback.configurationFile=...}) still wins: logback's XML
 * configurator then runs instead. JSON logs: {@link LogFormat}.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {
  static final String PATTERN =
      "%d{yyyy-MM-dd'T'HH:mm:ss.SSSZ} %-5level %logger{36} [%X{request_id:--}] %msg%n";

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (System.getProperty("logback.configurationFile") != null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    // Logback's own status messages stay quiet, as they did with the XML file's listener.
    NopStatusListener quiet = new NopStatusListener();
    context.getStatusManager().add(quiet);
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(PATTERN);
    encoder.start();
    ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
    console.setContext(context);
    console.setName("console");
    console.setTarget("System.err");
    console.setEncoder(encoder);
    console.start();
    var root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.WARN);
    root.addAppender(console);
    context.getLogger("org.dateline").setLevel(Level.INFO);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }
}
