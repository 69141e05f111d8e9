import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a desk view's time goes (decision 0138): the execution samples of a JFR recording of the
 * server (`bench/desk.sh` with `JFR=1`, or `DATELINE_JAVA_OPTS=-XX:StartFlightRecording=…`), by
 * thread, and the request threads' samples by part of the view: each sample goes to the innermost
 * frame of its stack that names a part (below), so the Lucene searches are told from the rows that
 * follow them. Never run by the tests.
 *
 * <pre>java bench/DeskProfile.java /tmp/h92/desk.jfr [TOP]</pre>
 *
 * <p>Prints the samples per thread name (numbers in names folded), per part of the request threads,
 * and the TOP (15) top frames of the request threads and of the search follower.
 */
public final class DeskProfile {
  /** Part name, then the frames (class.method prefixes) that mark it; the innermost match wins. */
  private static final String[][] PARTS = {
    {"search: public part (FilteredTop)", "org.dateline.search.lucene.FilteredTop"},
    {"search: parse of the words", "org.dateline.search.lucene.Queries.text"},
    {"search: ids of the hits", "org.dateline.search.lucene.HitIds"},
    {"search: newsroom part and the rest", "org.dateline.search.lucene.LuceneIndex"},
    {"search: the follower's look (request side)", "org.dateline.search.Following.followStoriesNow"},
    {"rows: newsroom stories", "org.dateline.newsroom.workflow.Desk.rows"},
    {"rows: who is in them, live copies", "org.dateline.web.newsroom.DeskRows.storyRows"},
    {"rows: public lines", "org.dateline.web.newsroom.DeskRows.articleRows"},
    {"tab counts", "org.dateline.newsroom.workflow.Desk.counts"},
    {"translation notices", "org.dateline.web.newsroom.TranslationPages"},
    {"users, sections", "org.dateline.newsroom.auth.Users.all", "org.dateline.section.Sections.all"},
    {"frame (chrome)", "org.dateline.web.newsroom.NewsroomChrome.frame"},
    {"render (template)", "org.dateline.web.newsroom.NewsroomChrome.send", "gg.jte"},
    {"session, guards", "org.dateline.web.newsroom.NewsroomAccess", "org.dateline.newsroom.auth"},
    {"desk page, other", "org.dateline.web.newsroom.DeskPages"},
  };

  public static void main(String[] args) throws Exception {
    int top = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    Map<String, Integer> threads = new TreeMap<>();
    Map<String, Integer> parts = new LinkedHashMap<>();
    for (String[] p : PARTS) {
      parts.put(p[0], 0);
    }
    parts.put("other (Jetty, Javalin, GC-free rest)", 0);
    Map<String, Integer> requestTop = new HashMap<>();
    Map<String, Integer> followerTop = new HashMap<>();
    Map<String, Map<String, Integer>> partTop = new HashMap<>();
    int request = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
      if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
        continue;
      }
      String thread = e.getThread("sampledThread").getJavaName();
      String group = thread == null ? "?" : thread.replaceAll("\\d+", "N");
      threads.merge(group, 1, Integer::sum);
      RecordedStackTrace st = e.getStackTrace();
      if (st == null || st.getFrames().isEmpty()) {
        continue;
      }
      List<String> frames = new ArrayList<>();
      for (RecordedFrame f : st.getFrames()) {
        frames.add(f.getMethod().getType().getName() + "." + f.getMethod().getName());
      }
      if (group.startsWith("search-follower")) {
        followerTop.merge(frames.get(0), 1, Integer::sum);
      }
      if (frames.stream().noneMatch(f -> f.startsWith("org.dateline.web.newsroom.DeskPages"))) {
        continue;
      }
      request++;
      requestTop.merge(frames.get(0), 1, Integer::sum);
      String part = "other (Jetty, Javalin, GC-free rest)";
      found:
      for (String f : frames) {
        for (String[] p : PARTS) {
          for (int i = 1; i < p.length; i++) {
            if (f.startsWith(p[i])) {
              part = p[0];
              break found;
            }
          }
        }
      }
      parts.merge(part, 1, Integer::sum);
      partTop.computeIfAbsent(part, k -> new HashMap<>()).merge(frames.get(0), 1, Integer::sum);
    }
    System.out.println("samples by thread:");
    threads.entrySet().stream()
        .sorted((a, b) -> b.getValue() - a.getValue())
        .forEach(t -> System.out.printf("  %6d  %s%n", t.getValue(), t.getKey()));
    System.out.printf("desk view samples (a DeskPages frame on the stack): %d%n", request);
    for (var p : parts.entrySet()) {
      if (p.getValue() > 0) {
        System.out.printf(
            "  %6d  %5.1f %%  %s%n", p.getValue(), 100.0 * p.getValue() / request, p.getKey());
      }
    }
    print("top frames, desk view", requestTop, top);
    for (var p : partTop.entrySet()) {
      if (p.getValue().values().stream().mapToInt(Integer::intValue).sum() * 10 >= request) {
        print("top frames, " + p.getKey(), p.getValue(), 6);
      }
    }
    print("top frames, search-follower", followerTop, top);
  }

  private static void print(String title, Map<String, Integer> counts, int n) {
    System.out.println(title + ":");
    counts.entrySet().stream()
        .sorted((a, b) -> b.getValue() - a.getValue())
        .limit(n)
        .forEach(t -> System.out.printf("  %6d  %s%n", t.getValue(), t.getKey()));
  }
}
