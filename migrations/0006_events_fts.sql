-- Word search over event evidence (`q` on /events), built like statements_fts
-- (0004): rowid = search_key, so the index's order is newest first.
UPDATE `events` SET `search_key` = CAST(julianday(`sort_date`) - 2440587.5 AS INTEGER) * 2147483648 + (`rowid` % 2147483648) WHERE `search_key` IS NULL;
--> statement-breakpoint
CREATE VIRTUAL TABLE `events_fts` USING fts5(`evidence`, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
INSERT INTO `events_fts` (`rowid`, `evidence`) SELECT `search_key`, `evidence_sentence` FROM `events`;
--> statement-breakpoint
CREATE TRIGGER `events_fts_ai` AFTER INSERT ON `events` WHEN new.`search_key` IS NOT NULL BEGIN
  INSERT INTO `events_fts` (`rowid`, `evidence`) VALUES (new.`search_key`, new.`evidence_sentence`);
END;
--> statement-breakpoint
CREATE TRIGGER `events_fts_ad` AFTER DELETE ON `events` WHEN old.`search_key` IS NOT NULL BEGIN
  DELETE FROM `events_fts` WHERE `rowid` = old.`search_key`;
END;
--> statement-breakpoint
CREATE TRIGGER `events_fts_au` AFTER UPDATE OF `evidence_sentence`, `search_key` ON `events` BEGIN
  DELETE FROM `events_fts` WHERE `rowid` = old.`search_key`;
  INSERT INTO `events_fts` (`rowid`, `evidence`) SELECT new.`search_key`, new.`evidence_sentence` WHERE new.`search_key` IS NOT NULL;
END;
