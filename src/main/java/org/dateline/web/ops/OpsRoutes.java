package org.dateline.web.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.dateline.ops.Readiness;
import org.dateline.shared.Cidr;
import org.dateline.web.Client;
import org.dateline.web.Forbidden;
import org.dateline.web.TrustedProxies;

/**
 * The operations route table: {@code /healthz} (the process answers), {@code /readyz} (it should
 * get traffic: {@link Readiness}) and {@code /metrics} (Prometheus text format), which answers only
 * clients in the allowed networks (decision 0059; by default this machine) and never a request
 * forwarded by a proxy that is not trusted, whose real client is unknown. None is ever cached.
 */
public final class OpsRoutes {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Readiness readiness;
  private final PrometheusRegistry registry;
  private final List<Cidr> allowed;
  private final TrustedProxies proxies;
  private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();

  public OpsRoutes(
      Readiness readiness,
      PrometheusRegistry registry,
      List<String> allowedNetworks,
      TrustedProxies proxies) {
    this.readiness = readiness;
    this.registry = registry;
    this.allowed = allowedNetworks.stream().map(c -> Cidr.parse(c).orElseThrow()).toList();
    this.proxies = proxies;
  }

  public void register(RoutesConfig r) {
    r.get("/healthz", this::health);
    r.get("/readyz", this::ready);
    r.get("/metrics", this::metrics);
  }

  private void health(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    ctx.contentType("text/plain; charset=utf-8").result("ok\n");
  }

  private void ready(Context ctx) {
    Readiness.Report report = readiness.check();
    ObjectNode body = JSON.createObjectNode();
    body.put("ready", report.ready());
    ObjectNode checks = body.putObject("checks");
    for (Readiness.Check c : report.checks()) {
      checks.putObject(c.name()).put("ok", c.ok()).put("detail", c.detail());
    }
    ctx.header("Cache-Control", "no-store");
    ctx.status(report.ready() ? 200 : 503).json(body);
  }

  private void metrics(Context ctx) throws IOException {
    if (!allowed(ctx)) {
      throw new Forbidden("Metrics are only for the networks allowed in metrics.allow.");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    writer.write(out, registry.scrape());
    ctx.header("Cache-Control", "no-store");
    ctx.contentType(writer.getContentType()).result(out.toByteArray());
  }

  private boolean allowed(Context ctx) {
    String peer = ctx.req().getRemoteAddr();
    boolean forwarded = ctx.header("Forwarded") != null || ctx.header("X-Forwarded-For") != null;
    if (forwarded && !proxies.trusts(peer)) {
      return false;
    }
    byte[] client = Cidr.literal(stripBrackets(Client.of(ctx).address()));
    return allowed.stream().anyMatch(range -> range.contains(client));
  }

  private static String stripBrackets(String a) {
    return a.startsWith("[") && a.endsWith("]") ? a.substring(1, a.length() - 1) : a;
  }
}
