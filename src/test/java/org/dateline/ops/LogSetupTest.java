package org.dateline.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The text logs' configuration in code (decision 0095) gives the lines logback.xml gave. */
class LogSetupTest {
  @Test
  void the_text_logs_are_on_stderr_with_time_level_logger_request_id_and_message() {
    LoggerContext context = new LoggerContext();
    LogSetup setup = new LogSetup();
    setup.setContext(context);

    assertThat(setup.configure(context)).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);

    var root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    assertThat(root.getLevel()).isEqualTo(Level.WARN);
    assertThat(context.getLogger("org.dateline.web.Errors").getEffectiveLevel())
        .isEqualTo(Level.INFO);
    assertThat(context.getLogger("org.eclipse.jetty.server").getEffectiveLevel())
        .isEqualTo(Level.WARN);
    var console = (ConsoleAppender<?>) root.getAppender("console");
    assertThat(console.getTarget()).isEqualTo("System.err");
    assertThat(console.isStarted()).isTrue();
    var encoder = (PatternLayoutEncoder) console.getEncoder();
    LoggingEvent event =
        new LoggingEvent(
            "x",
            context.getLogger("org.dateline.access"),
            Level.INFO,
            "GET / 200 名前 — سلام",
            null,
            null);
    event.setMDCPropertyMap(Map.of("request_id", "abc-1"));
    String line = new String(encoder.encode(event), StandardCharsets.UTF_8);
    assertThat(line)
        .matches(
            "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}[+-]\\d{4} INFO  org.dateline.access"
                + " \\[abc-1] GET / 200 名前 — سلام\\R");
    LoggingEvent outside =
        new LoggingEvent(
            "x", context.getLogger("org.dateline.Wiring"), Level.INFO, "GET", null, null);
    outside.setMDCPropertyMap(Map.of());
    assertThat(new String(encoder.encode(outside), StandardCharsets.UTF_8)).contains(" [-] GET");
  }

  @Test
  void an_operators_own_file_wins() {
    System.setProperty("logback.configurationFile", "/etc/dateline/logback.xml");
    try {
      LoggerContext context = new LoggerContext();
      LogSetup setup = new LogSetup();
      setup.setContext(context);
      assertThat(setup.configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
      assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("console"))
          .isNull();
    } finally {
      System.clearProperty("logback.configurationFile");
    }
  }

  @Test
  void logback_finds_it_in_this_process() {
    var context = (LoggerContext) LoggerFactory.getILoggerFactory();
    assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("console"))
        .isNotNull();
    assertThat(context.getLogger("org.dateline").getLevel()).isEqualTo(Level.INFO);
  }
}
