-- Word search over statement texts (`q` on /statements). The FTS table keeps
-- its own copy of the text keyed by statement id, kept in step by triggers,
-- so it never depends on implicit rowids.
CREATE VIRTUAL TABLE `statements_fts` USING fts5(`id` UNINDEXED, `text`, tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `statements_fts_ai` AFTER INSERT ON `statements` BEGIN
  INSERT INTO `statements_fts` (`id`, `text`) VALUES (new.`id`, new.`text`);
END;
--> statement-breakpoint
CREATE TRIGGER `statements_fts_ad` AFTER DELETE ON `statements` BEGIN
  DELETE FROM `statements_fts` WHERE `id` = old.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `statements_fts_au` AFTER UPDATE OF `text` ON `statements` BEGIN
  UPDATE `statements_fts` SET `text` = new.`text` WHERE `id` = old.`id`;
END;
