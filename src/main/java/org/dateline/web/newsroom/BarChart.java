package org.dateline.web.newsroom;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a bar chart (stacked when there are several series) for a server-rendered SVG: every
 * coordinate, label and text alternative is computed here, so the template only draws. Colours come
 * from CSS classes ({@code series-0}...{@code series-7}, repeating), never from inline styles (the
 * CSP forbids them). Immutable; thread-safe.
 */
public final class BarChart {
  static final int WIDTH = 720;
  static final int HEIGHT = 260;
  static final int COLOURS = 8;
  private static final double LEFT = 44;
  private static final double RIGHT = 8;
  private static final double TOP = 12;
  private static final double BOTTOM = 34;

  private BarChart() {}

  /** One series: a name (a section) and a value per category (a day). */
  record Series(String name, List<Long> values) {}

  /** A chart ready to draw: its accessible title and description, and every shape and label. */
  public record Chart(
      String id,
      String title,
      String description,
      int width,
      int height,
      double plotLeft,
      double plotRight,
      List<Gridline> grid,
      List<Bar> bars,
      List<Label> categoryLabels,
      List<LegendItem> legend,
      Table table) {
    public String viewBox() {
      return "0 0 " + width + " " + height;
    }

    public String titleId() {
      return id + "-title";
    }

    public String descId() {
      return id + "-desc";
    }
  }

  /** A horizontal line at a value, with its label left of the plot. */
  public record Gridline(double y, double labelY, String label) {}

  /** A rectangle of one series on one category; {@code tooltip} is its text for pointer users. */
  public record Bar(
      double x, double y, double width, double height, String cssClass, String tooltip) {}

  /** A category's label under the bars. */
  public record Label(double x, double y, String text) {}

  public record LegendItem(String name, String cssClass) {}

  /** The same numbers as a table: one row per category, one column per series, and the totals. */
  public record Table(List<String> series, List<TableRow> rows, boolean showTotal) {}

  public record TableRow(String category, List<Long> values, long total) {}

  /**
   * Lays out {@code series} stacked over {@code categories} (in order, first at the bottom); {@code
   * one} and {@code many} name what is counted ("story", "stories") in the texts.
   */
  static Chart stacked(
      String id,
      String title,
      String one,
      String many,
      List<String> categories,
      List<Series> series) {
    int n = categories.size();
    long[] totals = new long[n];
    for (Series s : series) {
      if (s.values().size() != n) {
        throw new IllegalArgumentException(
            "series "
                + s.name()
                + " has "
                + s.values().size()
                + " values for "
                + n
                + " categories");
      }
      for (int i = 0; i < n; i++) {
        totals[i] += s.values().get(i);
      }
    }
    long max = 0;
    long sum = 0;
    int busiest = 0;
    for (int i = 0; i < n; i++) {
      sum += totals[i];
      if (totals[i] > max) {
        max = totals[i];
        busiest = i;
      }
    }
    long step = step(max);
    long top = Math.max(step, ((max + step - 1) / step) * step);
    double plotBottom = HEIGHT - BOTTOM;
    double plotHeight = plotBottom - TOP;
    double slot = (WIDTH - LEFT - RIGHT) / Math.max(1, n);
    double barWidth = round(slot * 0.7);

    List<Gridline> grid = new ArrayList<>();
    for (long v = 0; v <= top; v += step) {
      double y = round(plotBottom - plotHeight * v / top);
      grid.add(new Gridline(y, round(y + 4), Long.toString(v)));
    }
    List<Bar> bars = new ArrayList<>();
    List<Label> labels = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double x = round(LEFT + slot * i + (slot - barWidth) / 2);
      double base = plotBottom;
      for (int k = 0; k < series.size(); k++) {
        long value = series.get(k).values().get(i);
        if (value == 0) {
          continue;
        }
        double h = plotHeight * value / top;
        base -= h;
        String label = series.size() == 1 ? "" : series.get(k).name() + ": ";
        bars.add(
            new Bar(
                x,
                round(base),
                barWidth,
                round(h),
                cssClass(k, series.size()),
                categories.get(i) + " · " + label + value + " " + (value == 1 ? one : many)));
      }
      labels.add(
          new Label(round(LEFT + slot * i + slot / 2), HEIGHT - BOTTOM + 18, categories.get(i)));
    }
    List<LegendItem> legend = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int k = 0; k < series.size(); k++) {
      legend.add(new LegendItem(series.get(k).name(), cssClass(k, series.size())));
      names.add(series.get(k).name());
    }
    List<TableRow> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<Long> values = new ArrayList<>();
      for (Series s : series) {
        values.add(s.values().get(i));
      }
      rows.add(new TableRow(categories.get(i), values, totals[i]));
    }
    String period = n == 0 ? "" : " from " + categories.get(0) + " to " + categories.get(n - 1);
    String description =
        sum == 0
            ? "No " + many + period + "."
            : sum
                + " "
                + (sum == 1 ? one : many)
                + period
                + (series.size() > 1 ? " in " + series.size() + " sections" : "")
                + "; the most on "
                + categories.get(busiest)
                + ", with "
                + max
                + ".";
    return new Chart(
        id,
        title,
        description,
        WIDTH,
        HEIGHT,
        LEFT,
        WIDTH - RIGHT,
        grid,
        bars,
        labels,
        legend,
        new Table(names, rows, series.size() > 1));
  }

  /** A grid step of 1, 2 or 5 times a power of ten giving at most about five lines. */
  static long step(long max) {
    long raw = Math.max(1, (max + 3) / 4);
    long power = 1;
    while (power * 10 <= raw) {
      power *= 10;
    }
    for (long m : new long[] {1, 2, 5, 10}) {
      if (m * power >= raw) {
        return m * power;
      }
    }
    return 10 * power;
  }

  private static String cssClass(int k, int count) {
    return count == 1 ? "series-single" : "series-" + (k % COLOURS);
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
