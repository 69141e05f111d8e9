-- What sites and social networks need of a story (issue 10 pt 10, decision 0080). The slug an
-- editor chose for its address ('' = made from the headline, as before; the address itself stays in
-- `slug`), the title and description search engines and sharing cards show ('' = the headline and
-- the summary), and the related stories editors picked, in order, as a list of ids ('12,7,40').
-- Every address a story ever had keeps working without a table of old slugs: the id in the path
-- finds the story, and any other slug answers 301 to the current one.
ALTER TABLE articles ADD COLUMN chosen_slug VARCHAR(400) NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN seo_title VARCHAR(1000) NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN seo_description VARCHAR(2000) NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN related_picks VARCHAR(200) NOT NULL DEFAULT '';
-- A chosen slug names one public story: the editor looks its holder up by slug.
CREATE INDEX articles_slug ON articles(slug);
