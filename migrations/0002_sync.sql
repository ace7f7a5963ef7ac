CREATE TABLE `deletions` (
	`resource` text NOT NULL,
	`id` text NOT NULL,
	`deleted_at` text NOT NULL,
	PRIMARY KEY(`resource`, `id`)
);
--> statement-breakpoint
CREATE INDEX `deletions_time_idx` ON `deletions` (`deleted_at`,`resource`,`id`);--> statement-breakpoint
CREATE INDEX `actors_updated_idx` ON `actors` (`updated_at`);--> statement-breakpoint
CREATE INDEX `allegations_updated_idx` ON `allegations` (`updated_at`);--> statement-breakpoint
CREATE INDEX `articles_updated_idx` ON `articles` (`updated_at`);--> statement-breakpoint
CREATE INDEX `events_updated_idx` ON `events` (`updated_at`);--> statement-breakpoint
CREATE INDEX `statements_updated_idx` ON `statements` (`updated_at`);