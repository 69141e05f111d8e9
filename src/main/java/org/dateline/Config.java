package org.dateline;

import java.nio.file.Path;

/**
 * How one process runs: the data folder, where to listen, the public base URL. The only place that
 * reads the environment ({@code DATELINE_BASE_URL}).
 */
public record Config(Path dataDir, String host, int port, String baseUrl) {
  public static Config of(Path dataDir, String host, int port) {
    String env = System.getenv("DATELINE_BASE_URL");
    String base =
        env != null && !env.isBlank()
            ? env
            : "http://" + ("0.0.0.0".equals(host) ? "localhost" : host) + ":" + port;
    return new Config(dataDir, host, port, base);
  }

  public Path mediaDir() {
    return dataDir.resolve("media");
  }
}
