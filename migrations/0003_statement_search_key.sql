ALTER TABLE `statements` ADD `search_key` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `statements_search_key_uq` ON `statements` (`search_key`);