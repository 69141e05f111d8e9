package org.dateline.archfixture.web;

import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.dateline.archfixture.article.ArticleRepository;

/**
 * Breaks two rules at once, as the issue describes: a web handler that calls a repository port
 * directly and runs {@code DELETE FROM articles} over raw JDBC.
 */
public final class ArticleAdmin {
  private final ArticleRepository articles;

  public ArticleAdmin(ArticleRepository articles) {
    this.articles = articles;
  }

  public void delete(Context ctx) throws SQLException {
    long id = Long.parseLong(ctx.pathParam("id"));
    articles.delete(id);
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:dateline.db");
        Statement st = db.createStatement()) {
      st.executeUpdate("DELETE FROM articles WHERE id = " + id);
    }
  }
}
