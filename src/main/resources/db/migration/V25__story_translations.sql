-- Translations (issue 13 pt 3, decision 0076): a story belongs to one edition and one language;
-- stories that are translations of one another share a translation group (a stable id, the
-- guid-like 'urn:dateline:translation:<uuid>' of the group), and a translation names the story it
-- was translated from. A story that was never translated has no group (NULL); translating it
-- gives both the source and the new draft the same group.
ALTER TABLE stories ADD COLUMN translation_group VARCHAR(100);
ALTER TABLE stories ADD COLUMN translated_from BIGINT REFERENCES stories(id);
CREATE INDEX stories_translation_group ON stories(translation_group);
