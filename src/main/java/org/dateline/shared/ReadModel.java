package org.dateline.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declared on the package of the feature that owns a table (the one whose adapter writes it): the
 * named features' adapters may read it too, never write it. Without such a declaration a feature's
 * SQL names only its own tables; {@code ArchitectureTest} derives the owners from the SQL and
 * enforces both (decision 0018).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
@Repeatable(ReadModel.List.class)
public @interface ReadModel {
  /** The owner's tables that may be read. */
  String[] tables();

  /** The reading features, named below {@code org.dateline} (e.g. {@code newsroom.workflow}). */
  String[] readers();

  /** What the readers need it for. */
  String why();

  /** Several declarations on one package. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.PACKAGE)
  @interface List {
    ReadModel[] value();
  }
}
