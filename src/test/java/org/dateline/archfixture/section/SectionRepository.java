package org.dateline.archfixture.section;

import java.util.List;

/** The section feature's port (fixture). */
public interface SectionRepository {
  List<String> names();

  void add(String name);
}
