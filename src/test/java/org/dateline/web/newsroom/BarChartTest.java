package org.dateline.web.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {
  static final List<String> DAYS = List.of("Nov 26", "Nov 27", "Nov 28");

  @Test
  void stacked_bars_sit_on_each_other_and_the_tallest_reaches_the_top_gridline() {
    var chart =
        BarChart.stacked(
            "c",
            "Title",
            "story",
            "stories",
            DAYS,
            List.of(
                new BarChart.Series("National", List.of(2L, 0L, 1L)),
                new BarChart.Series("Sports", List.of(1L, 0L, 3L))));

    // Totals 3, 0, 4: grid 0, 1, 2, 3, 4; no rectangle for a zero.
    assertThat(chart.grid())
        .extracting(BarChart.Gridline::label)
        .containsExactly("0", "1", "2", "3", "4");
    assertThat(chart.bars()).hasSize(4);
    var national = chart.bars().get(2);
    var sports = chart.bars().get(3);
    assertThat(national.y() + national.height())
        .isCloseTo(chart.grid().get(0).y(), org.assertj.core.data.Offset.offset(0.2));
    assertThat(sports.y() + sports.height())
        .isCloseTo(national.y(), org.assertj.core.data.Offset.offset(0.2));
    assertThat(sports.y())
        .isCloseTo(chart.grid().get(4).y(), org.assertj.core.data.Offset.offset(0.2));
    assertThat(chart.bars())
        .extracting(BarChart.Bar::cssClass)
        .containsExactly("series-0", "series-1", "series-0", "series-1");
    assertThat(chart.bars())
        .allSatisfy(b -> assertThat(b.x() + b.width()).isLessThanOrEqualTo(chart.plotRight()));
    assertThat(chart.description())
        .isEqualTo("7 stories from Nov 26 to Nov 28 in 2 sections; the most on Nov 28, with 4.");
    assertThat(chart.table().rows())
        .extracting(BarChart.TableRow::total)
        .containsExactly(3L, 0L, 4L);
  }

  @Test
  void an_empty_chart_still_has_an_axis_and_says_so() {
    var chart =
        BarChart.stacked(
            "c",
            "Title",
            "message",
            "messages",
            DAYS,
            List.of(new BarChart.Series("Messages", List.of(0L, 0L, 0L))));

    assertThat(chart.bars()).isEmpty();
    assertThat(chart.grid()).extracting(BarChart.Gridline::label).containsExactly("0", "1");
    assertThat(chart.description()).isEqualTo("No messages from Nov 26 to Nov 28.");
    assertThat(chart.table().showTotal()).isFalse();
  }

  @Test
  void colours_repeat_after_eight_series_and_a_single_series_has_its_own() {
    List<BarChart.Series> many = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      many.add(new BarChart.Series("S" + i, List.of(1L, 0L, 0L)));
    }
    assertThat(BarChart.stacked("c", "T", "story", "stories", DAYS, many).legend())
        .extracting(BarChart.LegendItem::cssClass)
        .endsWith("series-7", "series-0", "series-1");
    assertThat(
            BarChart.stacked(
                    "c",
                    "T",
                    "story",
                    "stories",
                    DAYS,
                    List.of(new BarChart.Series("One", List.of(1L, 1L, 1L))))
                .bars())
        .extracting(BarChart.Bar::cssClass)
        .containsOnly("series-single");
  }

  @Test
  void grid_steps_are_one_two_or_five_times_a_power_of_ten() {
    assertThat(List.of(0L, 4L, 7L, 23L, 100L, 1234L).stream().map(BarChart::step).toList())
        .containsExactly(1L, 1L, 2L, 10L, 50L, 500L);
  }

  @Test
  void every_series_needs_a_value_per_day() {
    assertThatThrownBy(
            () ->
                BarChart.stacked(
                    "c",
                    "T",
                    "story",
                    "stories",
                    DAYS,
                    List.of(new BarChart.Series("Short", List.of(1L)))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
