-- Dateline schema, version 35: a newsroom story's draft fingerprint (decision 0129): the draft as
-- public content in its edition's language, fingerprinted as the public record's content_hash is
-- (ArticleContent.fingerprint). Written with every write of a draft (a new story, a translation, a
-- save, a restored version) and by a publish; empty when the draft cannot be published yet, and
-- for the rows of stores older than this version until their next save or publish. A published
-- story's desk row compares it with its public record's content_hash in the row's own statement
-- and, when they are equal, reads neither the draft nor the public record's body; an empty or a
-- different one falls back to reading and comparing both, as before.
-- No rewrite of the table on either store: a nullable column without a default.
ALTER TABLE stories ADD COLUMN draft_fingerprint TEXT;
