package org.dateline.archfixture.web;

/** Breaks "repositories are ports in their feature": a repository interface in web. */
public interface ShadowRepository {
  void forget(long id);
}
