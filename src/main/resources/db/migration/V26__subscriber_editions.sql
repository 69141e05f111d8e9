-- Dateline schema, version 26: subscribers choose language editions instead of languages
-- (issue 13 pt 5, decision 0078). An edition's code is its language's BCP 47 tag (decision 0068),
-- so the codes a subscriber chose as languages name the editions of those languages: the values
-- stay (space-separated, empty = every edition) and the column takes its new name. A code that
-- names no edition matches nothing until such an edition exists; the newsroom and
-- `subscriber list` mark it. Codes are compared without case (BCP 47 tags are case-insensitive),
-- so a stored `zh-hans` names the edition `zh-Hans`.
ALTER TABLE subscribers RENAME COLUMN languages TO edition_codes;
