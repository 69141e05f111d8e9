import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Would a Korean, Japanese or Chinese body analysed line by line (each paragraph a value of the body
 * field) index the same tokens as the body analysed whole? Decision 0134 (tried, not kept: Korean
 * and Chinese do not). Never run by the tests. From the repository's root, after a build:
 *
 * <pre>java -cp 'target/lib/*' bench/CjkByLine.java src/main/resources/demo</pre>
 *
 * <p>For each analysis it prints how many of the demo's texts (each story of stories.json and of
 * the ko, ja and zh-Hans editions, its strings joined by line breaks, and each file's strings as
 * one long text) give other tokens, positions or offsets line by line (positioned as Lucene's
 * indexing chain places the values of one field: no position gap, an offset gap of one), with the
 * first difference.
 */
public final class CjkByLine {
  public static void main(String[] args) throws Exception {
    List<String> texts = texts(Path.of(args.length > 0 ? args[0] : "src/main/resources/demo"));
    for (String lang : List.of("ko", "ja", "zh")) {
      Analyzer a =
          switch (lang) {
            case "ko" -> new KoreanAnalyzer();
            case "ja" -> new JapaneseAnalyzer();
            default -> new SmartChineseAnalyzer();
          };
      int differ = 0;
      String first = "";
      for (String t : texts) {
        List<String> whole = indexed(a, List.of(t));
        List<String> lines = indexed(a, Arrays.asList(t.split("\n", -1)));
        if (!whole.equals(lines)) {
          differ++;
          for (int i = 0; first.isEmpty() && i < Math.min(whole.size(), lines.size()); i++) {
            if (!whole.get(i).equals(lines.get(i))) {
              first = " (first: " + whole.get(i) + " whole, " + lines.get(i) + " by line)";
            }
          }
        }
      }
      System.out.printf("%s: %d of %d texts index differently by line%s%n", lang, differ, texts.size(), first);
    }
  }

  /** Term@position:start-end of every token, as the indexing chain positions a field's values. */
  private static List<String> indexed(Analyzer a, List<String> values) throws Exception {
    List<String> out = new ArrayList<>();
    int position = -1;
    int offset = 0;
    for (String value : values) {
      try (TokenStream ts = a.tokenStream("body", value)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
        PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          position += inc.getPositionIncrement();
          out.add(term + "@" + position + ":" + (offset + o.startOffset()) + "-" + (offset + o.endOffset()));
        }
        ts.end();
        position += inc.getPositionIncrement();
        offset += o.endOffset() + 1;
      }
    }
    return out;
  }

  private static List<String> texts(Path demo) throws Exception {
    List<String> texts = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String file : List.of("stories.json", "editions/ko.json", "editions/ja.json", "editions/zh-Hans.json")) {
      JsonNode root = json.readTree(demo.resolve(file).toFile());
      List<String> all = new ArrayList<>();
      for (JsonNode story : root.isArray() ? root : root.get("stories")) {
        List<String> own = new ArrayList<>();
        strings(story, own);
        texts.add(String.join("\n", own));
        all.addAll(own);
      }
      texts.add(String.join("\n", all));
    }
    return texts;
  }

  private static void strings(JsonNode node, List<String> out) {
    if (node.isTextual()) {
      out.add(node.asText());
    }
    for (JsonNode child : node) {
      strings(child, out);
    }
  }
}
