import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.ingest.FeedFormat;

/**
 * How much CPU reading one item takes, without a server or a store: the two samples of
 * bench/ingest.sh (NewsML-G2 LISTING_2, ninjs 2.1 dpa) read N times each on this thread, after a
 * warm-up; prints the thread's CPU time per item (user+sys, so a busy machine changes it less than
 * wall time). Run after `./mvnw package`:
 *
 *   java -cp "target/dateline.jar:target/lib/*" bench/IngestReadBench.java [N]
 */
public final class IngestReadBench {
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
    Path samples = Path.of("src/test/resources/ingest/samples");
    byte[] g2 = Files.readAllBytes(samples.resolve("iptc-newsml-g2/LISTING_2_NewsML-G2_Text_Document.xml"));
    byte[] ninjs = Files.readAllBytes(samples.resolve("iptc-ninjs/2.1-dpa_text.json"));
    var bean = ManagementFactory.getThreadMXBean();
    for (int round = 0; round < 3; round++) {
      long cpu0 = bean.getCurrentThreadCpuTime();
      long wall0 = System.nanoTime();
      int items = 0;
      for (int i = 0; i < n; i++) {
        items += FeedFormat.NEWSMLG2.read(g2, () -> null).items().size();
        items += FeedFormat.NINJS.read(ninjs, () -> null).items().size();
      }
      double cpuMs = (bean.getCurrentThreadCpuTime() - cpu0) / 1e6;
      double wallMs = (System.nanoTime() - wall0) / 1e6;
      System.out.printf(
          "round %d: %d items, CPU %.3f ms per item (wall %.3f ms), load %s%n",
          round, items, cpuMs / items, wallMs / items,
          Files.readString(Path.of("/proc/loadavg")).strip());
    }
  }
}
