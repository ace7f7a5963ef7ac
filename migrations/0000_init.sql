CREATE TABLE `actor_aliases` (
	`actor_id` text NOT NULL,
	`alias` text NOT NULL,
	`folded` text NOT NULL,
	PRIMARY KEY(`actor_id`, `alias`),
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `actor_aliases_folded_idx` ON `actor_aliases` (`folded`);--> statement-breakpoint
CREATE TABLE `actors` (
	`id` text PRIMARY KEY NOT NULL,
	`key` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`country` text,
	`role` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `actors_key_uq` ON `actors` (`key`);--> statement-breakpoint
CREATE INDEX `actors_created_idx` ON `actors` (`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `actors_kind_idx` ON `actors` (`kind`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `actors_country_idx` ON `actors` (`country`,`created_at`,`id`);--> statement-breakpoint
CREATE TABLE `allegation_denials` (
	`allegation_id` text NOT NULL,
	`actor_id` text NOT NULL,
	`text` text NOT NULL,
	`evidence_sentence` text NOT NULL,
	`evidence_start` integer NOT NULL,
	`evidence_end` integer NOT NULL,
	PRIMARY KEY(`allegation_id`, `actor_id`),
	FOREIGN KEY (`allegation_id`) REFERENCES `allegations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `allegation_denials_actor_idx` ON `allegation_denials` (`actor_id`);--> statement-breakpoint
CREATE TABLE `allegation_parties` (
	`allegation_id` text NOT NULL,
	`actor_id` text NOT NULL,
	`side` text NOT NULL,
	`sort_date` text NOT NULL,
	PRIMARY KEY(`allegation_id`, `side`, `actor_id`),
	FOREIGN KEY (`allegation_id`) REFERENCES `allegations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `allegation_parties_actor_idx` ON `allegation_parties` (`actor_id`,`side`,`sort_date`,`allegation_id`);--> statement-breakpoint
CREATE TABLE `allegations` (
	`id` text PRIMARY KEY NOT NULL,
	`article_id` text NOT NULL,
	`claim` text NOT NULL,
	`status` text NOT NULL,
	`sort_date` text NOT NULL,
	`evidence_sentence` text NOT NULL,
	`evidence_start` integer NOT NULL,
	`evidence_end` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `allegations_sort_idx` ON `allegations` (`sort_date`,`id`);--> statement-breakpoint
CREATE INDEX `allegations_status_idx` ON `allegations` (`status`,`sort_date`,`id`);--> statement-breakpoint
CREATE INDEX `allegations_article_idx` ON `allegations` (`article_id`);--> statement-breakpoint
CREATE TABLE `article_actors` (
	`article_id` text NOT NULL,
	`actor_id` text NOT NULL,
	PRIMARY KEY(`article_id`, `actor_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `article_actors_actor_idx` ON `article_actors` (`actor_id`);--> statement-breakpoint
CREATE TABLE `articles` (
	`id` text PRIMARY KEY NOT NULL,
	`source` text NOT NULL,
	`title` text,
	`published_at` text NOT NULL,
	`clean_text` text NOT NULL,
	`content_hash` text NOT NULL,
	`ingested_at` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `articles_content_hash_uq` ON `articles` (`content_hash`);--> statement-breakpoint
CREATE INDEX `articles_published_idx` ON `articles` (`published_at`,`id`);--> statement-breakpoint
CREATE TABLE `event_countries` (
	`event_id` text NOT NULL,
	`country` text NOT NULL,
	`sort_date` text NOT NULL,
	PRIMARY KEY(`event_id`, `country`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `event_countries_country_idx` ON `event_countries` (`country`,`sort_date`,`event_id`);--> statement-breakpoint
CREATE TABLE `event_participants` (
	`event_id` text NOT NULL,
	`actor_id` text NOT NULL,
	`role` text NOT NULL,
	`sort_date` text NOT NULL,
	PRIMARY KEY(`event_id`, `actor_id`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `event_participants_actor_idx` ON `event_participants` (`actor_id`,`sort_date`,`event_id`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` text PRIMARY KEY NOT NULL,
	`article_id` text NOT NULL,
	`type` text NOT NULL,
	`mode` text,
	`date` text,
	`date_precision` text,
	`sort_date` text NOT NULL,
	`status` text NOT NULL,
	`location_name` text,
	`location_country` text,
	`evidence_sentence` text NOT NULL,
	`evidence_start` integer NOT NULL,
	`evidence_end` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `events_sort_idx` ON `events` (`sort_date`,`id`);--> statement-breakpoint
CREATE INDEX `events_type_idx` ON `events` (`type`,`sort_date`,`id`);--> statement-breakpoint
CREATE INDEX `events_status_idx` ON `events` (`status`,`sort_date`,`id`);--> statement-breakpoint
CREATE INDEX `events_article_idx` ON `events` (`article_id`);--> statement-breakpoint
CREATE TABLE `statements` (
	`id` text PRIMARY KEY NOT NULL,
	`article_id` text NOT NULL,
	`speaker_id` text,
	`text` text NOT NULL,
	`kind` text NOT NULL,
	`date` text,
	`date_precision` text,
	`sort_date` text NOT NULL,
	`evidence_sentence` text NOT NULL,
	`evidence_start` integer NOT NULL,
	`evidence_end` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`speaker_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `statements_sort_idx` ON `statements` (`sort_date`,`id`);--> statement-breakpoint
CREATE INDEX `statements_speaker_idx` ON `statements` (`speaker_id`,`sort_date`,`id`);--> statement-breakpoint
CREATE INDEX `statements_article_idx` ON `statements` (`article_id`);