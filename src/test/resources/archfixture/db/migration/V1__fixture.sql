-- The fixture code base's tables (see org.dateline.archfixture); never migrated.
CREATE TABLE sections (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL, position INT);
CREATE TABLE articles (id BIGINT PRIMARY KEY, headline TEXT NOT NULL, section_id BIGINT, state VARCHAR(20));
CREATE TABLE feedback (id BIGINT PRIMARY KEY, article_id BIGINT NOT NULL, message TEXT NOT NULL);
CREATE TABLE tags (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL);
CREATE TABLE forgotten (id BIGINT PRIMARY KEY);
