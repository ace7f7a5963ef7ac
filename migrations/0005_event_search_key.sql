ALTER TABLE `events` ADD `search_key` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `events_search_key_uq` ON `events` (`search_key`);