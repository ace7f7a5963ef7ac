-- Word search ordered by date. The FTS index keeps its rows in rowid order, so
-- with rowid = search_key (day since 1970 * 2^31 + tie-break) a search for the
-- newest matches reads only the rows of the page it returns, however common
-- the word. Contentless: the text already lives in `statements`.
DROP TRIGGER IF EXISTS `statements_fts_ai`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `statements_fts_ad`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `statements_fts_au`;
--> statement-breakpoint
DROP TABLE IF EXISTS `statements_fts`;
--> statement-breakpoint
UPDATE `statements` SET `search_key` = CAST(julianday(`sort_date`) - 2440587.5 AS INTEGER) * 2147483648 + (`rowid` % 2147483648) WHERE `search_key` IS NULL;
--> statement-breakpoint
CREATE VIRTUAL TABLE `statements_fts` USING fts5(`text`, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
INSERT INTO `statements_fts` (`rowid`, `text`) SELECT `search_key`, `text` FROM `statements`;
--> statement-breakpoint
CREATE TRIGGER `statements_fts_ai` AFTER INSERT ON `statements` WHEN new.`search_key` IS NOT NULL BEGIN
  INSERT INTO `statements_fts` (`rowid`, `text`) VALUES (new.`search_key`, new.`text`);
END;
--> statement-breakpoint
CREATE TRIGGER `statements_fts_ad` AFTER DELETE ON `statements` WHEN old.`search_key` IS NOT NULL BEGIN
  DELETE FROM `statements_fts` WHERE `rowid` = old.`search_key`;
END;
--> statement-breakpoint
CREATE TRIGGER `statements_fts_au` AFTER UPDATE OF `text`, `search_key` ON `statements` BEGIN
  DELETE FROM `statements_fts` WHERE `rowid` = old.`search_key`;
  INSERT INTO `statements_fts` (`rowid`, `text`) SELECT new.`search_key`, new.`text` WHERE new.`search_key` IS NOT NULL;
END;
