package org.dateline.backup;

/** What a backup or restore reports as it goes, for the command line. */
public interface Progress {
  /** A table was written or loaded with {@code rows} rows. */
  void table(String name, long rows);

  /** {@code count} files of the data folder were written or restored. */
  void files(long count);

  /** Reports nothing. */
  static Progress none() {
    return new Progress() {
      @Override
      public void table(String name, long rows) {}

      @Override
      public void files(long count) {}
    };
  }
}
