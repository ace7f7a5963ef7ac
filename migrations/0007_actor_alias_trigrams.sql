-- Substring search over actor names and aliases (`q` on /actors) through a
-- trigram index, so it reads the matching aliases instead of every alias.
CREATE VIRTUAL TABLE `actor_aliases_fts` USING fts5(`actor_id` UNINDEXED, `folded`, tokenize = 'trigram');
--> statement-breakpoint
INSERT INTO `actor_aliases_fts` (`actor_id`, `folded`) SELECT `actor_id`, `folded` FROM `actor_aliases`;
--> statement-breakpoint
CREATE TRIGGER `actor_aliases_fts_ai` AFTER INSERT ON `actor_aliases` BEGIN
  INSERT INTO `actor_aliases_fts` (`actor_id`, `folded`) VALUES (new.`actor_id`, new.`folded`);
END;
--> statement-breakpoint
CREATE TRIGGER `actor_aliases_fts_ad` AFTER DELETE ON `actor_aliases` BEGIN
  DELETE FROM `actor_aliases_fts` WHERE `actor_id` = old.`actor_id` AND `folded` = old.`folded`;
END;
