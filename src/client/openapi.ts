// Generated from openapi.yaml by `npm run client`; do not edit.
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health check
         * @description Answers 200 when the database answers a query, 503 otherwise.
         */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description An ETag from an earlier answer: 304 Not Modified, no body, when it still matches. Example: `W/"1f3a-9c2e"`. */
                    "if-none-match"?: string;
                    /** @description gzip, deflate or br: bodies over 1 KB are compressed. Example: `gzip`. */
                    "accept-encoding"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Validator of this body; send it back as If-None-Match to get 304 when nothing changed. */
                        ETag?: string;
                        /** @description public, max-age=30 for lists; public, max-age=300 for one record; no-store for errors. */
                        "Cache-Control"?: string;
                        /** @description The id the server logs this request under (the client's own when it sent a plain token). */
                        "X-Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "status": "ok",
                         *       "database": "ok"
                         *     }
                         */
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                            /** @enum {string} */
                            database: "ok";
                        };
                    };
                };
                /** @description Not Modified: the If-None-Match ETag still matches; no body. */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List articles
         * @description Ingested articles, newest publication first.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only the article with this source (URL or file name). Example: `2025-03-10-talks.txt`. */
                    source?: string;
                    /** @description Earliest date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD). Example: `2024-01-01`. */
                    from?: string;
                    /** @description Latest date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD). Example: `2024-12-31`. */
                    to?: string;
                    /** @description Only records created or changed at or after this instant (RFC 3339): poll with the time of your last sync to mirror the data. Example: `2025-01-01T00:00:00Z`. */
                    updated_since?: string;
                    /**
                     * @description Page size, 1 to 500.
                     * @example 50
                     */
                    limit?: number;
                    /** @description Opaque cursor from a previous page's `next_cursor`; omit for the first page. Example: `WyIyMDI1LTAzLTEwIiwiZXZfM2YyYTljIl0`. */
                    cursor?: string;
                    /** @description json (default): one page. ndjson or csv: every matching record in one streamed response, without the page limit. Also chosen by `Accept: application/x-ndjson` or `text/csv`. Example: `csv`. */
                    format?: "json" | "ndjson" | "csv";
                };
                header?: {
                    /** @description An ETag from an earlier answer: 304 Not Modified, no body, when it still matches. Example: `W/"1f3a-9c2e"`. */
                    "if-none-match"?: string;
                    /** @description gzip, deflate or br: bodies over 1 KB are compressed. Example: `gzip`. */
                    "accept-encoding"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of records (JSON), or every matching record (NDJSON, CSV). */
                200: {
                    headers: {
                        /** @description Validator of this body; send it back as If-None-Match to get 304 when nothing changed. */
                        ETag?: string;
                        /** @description public, max-age=30 for lists; public, max-age=300 for one record; no-store for errors. */
                        "Cache-Control"?: string;
                        /** @description The id the server logs this request under (the client's own when it sent a plain token). */
                        "X-Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArticleList"];
                        "application/x-ndjson": string;
                        "text/csv": string;
                    };
                };
                /** @description Not Modified: the If-None-Match ETag still matches; no body. */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid parameter: the body names which one and why. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Ingest one article
         * @description Runs the extraction pipeline on one article and stores it with its records. An article whose clean text is already stored is not stored again (200). Needs `Authorization: Bearer <API key>`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description One article: the same shape as an object of a .json or .jsonl input. */
            requestBody: {
                content: {
                    "application/json": {
                        /** @example Ruto hosts Ethiopian leader in Nairobi */
                        title?: string | null;
                        /**
                         * @description Publication date (YYYY-MM-DD, ISO 8601 timestamp or RFC 2822); anchors relative dates. Else read from a dateline in the text.
                         * @example 2025-03-10
                         */
                        published_at?: string | null;
                        /**
                         * @description The article's URL.
                         * @example https://news.example/world/2025-03-10-talks
                         */
                        source?: string | null;
                        /**
                         * @description The article text, as scraped.
                         * @example NAIROBI, March 10 - Kenyan President William Ruto hosted ...
                         */
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Already stored: the existing article. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArticleDetail"];
                    };
                };
                /** @description Stored, with the number of records extracted. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArticleDetail"];
                    };
                };
                /** @description Invalid parameter: the body names which one and why. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description No API key given. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Wrong API key, or writes disabled. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body over 1 MB. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The article cannot be read: no text, no date, binary content. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one article
         * @description One article with its clean text (which evidence offsets point into) and how many records it gave.
         */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description An ETag from an earlier answer: 304 Not Modified, no body, when it still matches. Example: `W/"1f3a-9c2e"`. */
                    "if-none-match"?: string;
                    /** @description gzip, deflate or br: bodies over 1 KB are compressed. Example: `gzip`. */
                    "accept-encoding"?: string;
                };
                path: {
                    /**
                     * @description The record id, as returned in lists.
                     * @example ev_3f2a9c1d0b7e4a55
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Validator of this body; send it back as If-None-Match to get 304 when nothing changed. */
                        ETag?: string;
                        /** @description public, max-age=30 for lists; public, max-age=300 for one record; no-store for errors. */
                        "Cache-Control"?: string;
                        /** @description The id the server logs this request under (the client's own when it sent a plain token). */
                        "X-Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArticleDetail"];
                    };
                };
                /** @description Not Modified: the If-None-Match ETag still matches; no body. */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid parameter: the body names which one and why. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description No record with that id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/actors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List actors
         * @description Persons, states, organizations and groups, most recently first seen first. All filters combine with AND.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only actors of this kind. Example: `person`. */
                    kind?: "person" | "state" | "organization" | "group";
                    /** @description Only actors of this country (ISO alpha-3). Example: `RUS`. */
                    country?: string;
                    /** @description Part of a name or alias; case and accents ignored. Example: `lavrov`. */
                    q?: string;
                    /** @description Only actors mentioned in this article. Example: `ar_9c41d2e07a6b3f18`. */
                    article_id?: string;
                    /** @description Only records created or changed at or after this instant (RFC 3339): poll with the time of your last sync to mirror the data. Example: `2025-01-01T00:00:00Z`. */
                    updated_since?: string;
                    /**
                     * @description Page size, 1 to 500.
                     * @example 50
                     */
                    limit?: number;
                    /** @description Opaque cursor from a previous page's `next_cursor`; omit for the first page. Example: `WyIyMDI1LTAzLTEwIiwiZXZfM2YyYTljIl0`. */
                    cursor?: string;
                    /** @description json (default): one page. ndjson or csv: every matching record in one streamed response, without the page limit. Also chosen by `Accept: application/x-ndjson` or `text/csv`. Example: `csv`. */
                    format?: "json" | "ndjson" | "csv";
                };
                header?: {
                    /** @description An ETag from an earlier answer: 304 Not Modified, no body, when it still matches. Example: `W/"1f3a-9c2e"`. */
                    "if-none-match"?: string;
                    /** @description gzip, deflate or br: bodies over 1 KB are compressed. Example: `gzip`. */
                    "accept-encoding"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of records (JSON), or every matching record (NDJSON, CSV). */
                200: {
                    headers: {
                        /** @description Validator of this body; send it back as If-None-Match to get 304 when nothing changed. */
                        ETag?: string;
                        /** @description public, max-age=30 for lists; public, max-age=300 for one record; no-store for errors. */
                        "Cache-Control"?: string;
                        /** @description The id the server logs this request under (the client's own when it sent a plain token). */
                        "X-Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ActorList"];
                        "application/x-ndjson": string;
                        "text/csv": string;
                    };
                };
                /** @description Not Modified: the If-None-Match ETag still matches; no body. */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid parameter: the body names which one and why. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/actors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one actor
         * @description One actor with all its aliases.
         */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description An ETag from an earlier answer: 304 Not Modified, no body, when it still matches. Example: `W/"1f3a-9c2e"`. */
                    "if-none-match"?: string;
                    /** @description gzip, deflate or br: bodies over 1 KB are compressed. Example: `gzip`. */
                    "accept-encoding"?: string;
                };
                path: {
                    /**
                     * @description The record id, as returned in lists.
                     * @example ev_3f2a9c1d0b7e4a55
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Validator of this body; send it back as If-None-Match to get 304 when nothing changed. */
                        ETag?: string;
                        /** @description public, max-age=30 for lists; public, max-age=300 for one record; no-store for errors. */
                        "Cache-Control"?: string;
                        /** @description The id the server logs this request under (the client's own when it sent a plain token). */
                        "X-Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Actor"];
                    };
                };
                /** @description Not Modified: the If-None-Match ETag still matches; no body. */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid parameter: the body names which one and why. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description No record with that id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/actors/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An actor's events
         * @description The events this actor took part in, in any role, newest first: its timeline.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only events of this PLOVER type. Example: `consult`. */
                    type?: "agree" | "consult" | "support" | "concede" | "cooperate" | "aid" | "retreat" | "request" | "accuse" | "reject" | "threaten" | "protest" | "sanction" | "mobilize" | "coerce" | "assault";
                    /** @description Only events with this status. Example: `planned`. */
                    status?: "occurred" | "planned" | "ongoing";
                    /** @description Earliest date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD). Example: `2024-01-01`. */
                    from?: string;
                    /** @description Latest date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD). Example: `2024-12-31`. */
                    to?: string;
                    /** @description Only records created or changed at or after this instant (RFC 3339): poll with the time of your last sync to mirror the data. Example: `2025-01-01T00:00:00Z`. */
                    updated_since?: string;
                    /** @description json (default): one page. ndjson or csv: every matching record in one streamed response, without the page limit. Also chosen by `Accept: application/x-ndjson` or `text/csv`. Example: `csv`. */
                    format?: "json" | "ndjson" | "csv";
                    /**
                     * @description Page size, 1 to 500.
                     * @example 50
                     */
                    limit?: number;
                    /** @description Opaque cursor from a previous page's `next_cursor`; omit for the first page. Example: `WyIyMDI1LTAzLTEwIiwiZXZfM2YyYTljIl0`. */
                    cursor?: string;
                };
                header?: {
                    /** @description An ETag from an earlier answer: 304 Not Modified, no body, when it still matches. Example: `W/"1f3a-9c2e"`. */
                    "if-none-match"?: string;
                    /** @description gzip, deflate or br: bodies over 1 KB are compressed. Example: `gzip`. */
                    "accept-encoding"?: string;
                };
                path: {
                    /**
                     * @description The record id, as returned in lists.
                     * @example ev_3f2a9c1d0b7e4a55
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of records (JSON), or every matching record (NDJSON, CSV). */
                200: {
                    headers: {
                        /** @description Validator of this body; send it back as If-None-Match to get 304 when nothing changed. */
                        ETag?: string;
                        /** @description public, max-age=30 for lists; public, max-age=300 for one record; no-store for errors. */
                        "Cache-Control"?: string;
                        /** @description The id the server logs this request under (the client's own when it sent a plain token). */
                        "X-Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventList"];
                        "application/x-ndjson": string;
                        "text/csv": string;
                    };
                };
                /** @description Not Modified: the If-None-Match ETag still matches; no body. */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid parameter: the body names which one and why. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description No record with that id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/actors/{id}/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An actor's statements
         * @description What this actor said, newest first.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Words that must all appear in the text (case and accents ignored). Example: `ceasefire talks`. */
                    q?: string;
                    /** @description Earliest date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD). Example: `2024-01-01`. */
                    from?: string;
                    /** @description Latest date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD). Example: `2024-12-31`. */
                    to?: string;
                    /** @description Only records created or changed at or after this instant (RFC 3339): poll with the time of your last sync to mirror the data. Example: `2025-01-01T00:00:00Z`. */
                    updated_since?: string;
                    /** @description json (default): one page. ndjson or csv: every matching record in one streamed response, without the page limit. Also chosen by `Accept: application/x-ndjson` or `text/csv`. Example: `csv`. */
                    format?: "json" | "ndjson" | "csv";
                    /**
                     * @description Page size, 1 to 500.
                     * @example 50
                     */
                    limit?: number;
                    /** @description Opaque cursor from a previous page's `next_cursor`; omit for the first page. Example: `WyIyMDI1LTAzLTEwIiwiZXZfM2YyYTljIl0`. */
                    cursor?: string;
                };
                header?: {
                    /** @description An ETag from an earlier answer: 304 Not Modified, no body, when it still matches. Example: `W/"1f3a-9c2e"`. */
                    "if-none-match"?: string;
                    /** @description gzip, deflate or br: bodies over 1 KB are compressed. Example: `gzip`. */
                    "accept-encoding"?: string;
                };
                path: {
                    /**
                     * @description The record id, as returned in lists.
                     * @example ev_3f2a9c1d0b7e4a55
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of records (JSON), or every matching record (NDJSON, CSV). */
                200: {
                    headers: {
                        /** @description Validator of this body; send it back as If-None-Match to get 304 when nothing changed. */
                        ETag?: string;
                        /** @description public, max-age=30 for lists; public, max-age=300 for one record; no-store for errors. */
                        "Cache-Control"?: string;
                        /** @description The id the server logs this request under (the client's own when it sent a plain token). */
                        "X-Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StatementList"];
                        "application/x-ndjson": string;
                        "text/csv": string;
                    };
                };
                /** @description Not Modified: the If-None-Match ETag still matches; no body. */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid parameter: the body names which one and why. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description No record with that id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/actors/{id}/relations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An actor's relations
         * @description The actors it shares events with: per counterpart the number of events by PLOVER type, the first and last date, and a cooperation–conflict balance (mean Goldstein score through the CAMEO crosswalk).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only events of this PLOVER type. Example: `consult`. */
                    type?: "agree" | "consult" | "support" | "concede" | "cooperate" | "aid" | "retreat" | "request" | "accuse" | "reject" | "threaten" | "protest" | "sanction" | "mobilize" | "coerce" | "assault";
                    /** @description Earliest date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD). Example: `2024-01-01`. */
                    from?: string;
                    /** @description Latest date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD). Example: `2024-12-31`. */
                    to?: string;
                    /**
                     * @description How many counterparts, most events first (1 to 500).
                     * @example 50
                     */
                    limit?: number;
                };
                header?: {
                    /** @description An ETag from an earlier answer: 304 Not Modified, no body, when it still matches. Example: `W/"1f3a-9c2e"`. */
                    "if-none-match"?: string;
                    /** @description gzip, deflate or br: bodies over 1 KB are compressed. Example: `gzip`. */
                    "accept-encoding"?: string;
                };
                path: {
                    /**
                     * @description The record id, as returned in lists.
                     * @example ev_3f2a9c1d0b7e4a55
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Validator of this body; send it back as If-None-Match to get 304 when nothing changed. */
                        ETag?: string;
                        /** @description public, max-age=30 for lists; public, max-age=300 for one record; no-store for errors. */
                        "Cache-Control"?: string;
                        /** @description The id the server logs this request under (the client's own when it sent a plain token). */
                        "X-Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Relations"];
                    };
                };
                /** @description Not Modified: the If-None-Match ETag still matches; no body. */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid parameter: the body names which one and why. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description No record with that id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List events
         * @description Events newest first (by event date, else publication date). All filters combine with AND.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only events of this PLOVER type. Example: `consult`. */
                    type?: "agree" | "consult" | "support" | "concede" | "cooperate" | "aid" | "retreat" | "request" | "accuse" | "reject" | "threaten" | "protest" | "sanction" | "mobilize" | "coerce" | "assault";
                    /** @description Only events this actor took part in (any role). Example: `ac_5b0e7f2c9d1a4e36`. */
                    actor?: string;
                    /** @description Only events involving this country (a participant's or the location's). Example: `PRK`. */
                    country?: string;
                    /** @description Only events with this status. Example: `planned`. */
                    status?: "occurred" | "planned" | "ongoing";
                    /** @description Only events from this article. Example: `ar_9c41d2e07a6b3f18`. */
                    article_id?: string;
                    /** @description Words that must all appear in the evidence sentence (case and accents ignored). Example: `expelled diplomats`. */
                    q?: string;
                    /** @description Earliest date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD). Example: `2024-01-01`. */
                    from?: string;
                    /** @description Latest date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD). Example: `2024-12-31`. */
                    to?: string;
                    /** @description Only records created or changed at or after this instant (RFC 3339): poll with the time of your last sync to mirror the data. Example: `2025-01-01T00:00:00Z`. */
                    updated_since?: string;
                    /** @description json (default): one page. ndjson or csv: every matching record in one streamed response, without the page limit. Also chosen by `Accept: application/x-ndjson` or `text/csv`. Example: `csv`. */
                    format?: "json" | "ndjson" | "csv";
                    /**
                     * @description Page size, 1 to 500.
                     * @example 50
                     */
                    limit?: number;
                    /** @description Opaque cursor from a previous page's `next_cursor`; omit for the first page. Example: `WyIyMDI1LTAzLTEwIiwiZXZfM2YyYTljIl0`. */
                    cursor?: string;
                };
                header?: {
                    /** @description An ETag from an earlier answer: 304 Not Modified, no body, when it still matches. Example: `W/"1f3a-9c2e"`. */
                    "if-none-match"?: string;
                    /** @description gzip, deflate or br: bodies over 1 KB are compressed. Example: `gzip`. */
                    "accept-encoding"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of records (JSON), or every matching record (NDJSON, CSV). */
                200: {
                    headers: {
                        /** @description Validator of this body; send it back as If-None-Match to get 304 when nothing changed. */
                        ETag?: string;
                        /** @description public, max-age=30 for lists; public, max-age=300 for one record; no-store for errors. */
                        "Cache-Control"?: string;
                        /** @description The id the server logs this request under (the client's own when it sent a plain token). */
                        "X-Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventList"];
                        "application/x-ndjson": string;
                        "text/csv": string;
                    };
                };
                /** @description Not Modified: the If-None-Match ETag still matches; no body. */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid parameter: the body names which one and why. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one event
         * @description One event with its participants and evidence.
         */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description An ETag from an earlier answer: 304 Not Modified, no body, when it still matches. Example: `W/"1f3a-9c2e"`. */
                    "if-none-match"?: string;
                    /** @description gzip, deflate or br: bodies over 1 KB are compressed. Example: `gzip`. */
                    "accept-encoding"?: string;
                };
                path: {
                    /**
                     * @description The record id, as returned in lists.
                     * @example ev_3f2a9c1d0b7e4a55
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Validator of this body; send it back as If-None-Match to get 304 when nothing changed. */
                        ETag?: string;
                        /** @description public, max-age=30 for lists; public, max-age=300 for one record; no-store for errors. */
                        "Cache-Control"?: string;
                        /** @description The id the server logs this request under (the client's own when it sent a plain token). */
                        "X-Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Event"];
                    };
                };
                /** @description Not Modified: the If-None-Match ETag still matches; no body. */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid parameter: the body names which one and why. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description No record with that id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List statements
         * @description Direct quotes and reported speech, newest first. All filters combine with AND.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only statements by this actor. Example: `ac_5b0e7f2c9d1a4e36`. */
                    speaker?: string;
                    /** @description Words that must all appear in the text (case and accents ignored). Example: `ceasefire talks`. */
                    q?: string;
                    /** @description Only statements from this article. Example: `ar_9c41d2e07a6b3f18`. */
                    article_id?: string;
                    /** @description Earliest date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD). Example: `2024-01-01`. */
                    from?: string;
                    /** @description Latest date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD). Example: `2024-12-31`. */
                    to?: string;
                    /** @description Only records created or changed at or after this instant (RFC 3339): poll with the time of your last sync to mirror the data. Example: `2025-01-01T00:00:00Z`. */
                    updated_since?: string;
                    /**
                     * @description Page size, 1 to 500.
                     * @example 50
                     */
                    limit?: number;
                    /** @description Opaque cursor from a previous page's `next_cursor`; omit for the first page. Example: `WyIyMDI1LTAzLTEwIiwiZXZfM2YyYTljIl0`. */
                    cursor?: string;
                    /** @description json (default): one page. ndjson or csv: every matching record in one streamed response, without the page limit. Also chosen by `Accept: application/x-ndjson` or `text/csv`. Example: `csv`. */
                    format?: "json" | "ndjson" | "csv";
                };
                header?: {
                    /** @description An ETag from an earlier answer: 304 Not Modified, no body, when it still matches. Example: `W/"1f3a-9c2e"`. */
                    "if-none-match"?: string;
                    /** @description gzip, deflate or br: bodies over 1 KB are compressed. Example: `gzip`. */
                    "accept-encoding"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of records (JSON), or every matching record (NDJSON, CSV). */
                200: {
                    headers: {
                        /** @description Validator of this body; send it back as If-None-Match to get 304 when nothing changed. */
                        ETag?: string;
                        /** @description public, max-age=30 for lists; public, max-age=300 for one record; no-store for errors. */
                        "Cache-Control"?: string;
                        /** @description The id the server logs this request under (the client's own when it sent a plain token). */
                        "X-Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StatementList"];
                        "application/x-ndjson": string;
                        "text/csv": string;
                    };
                };
                /** @description Not Modified: the If-None-Match ETag still matches; no body. */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid parameter: the body names which one and why. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one statement
         * @description One statement with its speaker and evidence.
         */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description An ETag from an earlier answer: 304 Not Modified, no body, when it still matches. Example: `W/"1f3a-9c2e"`. */
                    "if-none-match"?: string;
                    /** @description gzip, deflate or br: bodies over 1 KB are compressed. Example: `gzip`. */
                    "accept-encoding"?: string;
                };
                path: {
                    /**
                     * @description The record id, as returned in lists.
                     * @example ev_3f2a9c1d0b7e4a55
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Validator of this body; send it back as If-None-Match to get 304 when nothing changed. */
                        ETag?: string;
                        /** @description public, max-age=30 for lists; public, max-age=300 for one record; no-store for errors. */
                        "Cache-Control"?: string;
                        /** @description The id the server logs this request under (the client's own when it sent a plain token). */
                        "X-Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Statement"];
                    };
                };
                /** @description Not Modified: the If-None-Match ETag still matches; no body. */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid parameter: the body names which one and why. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description No record with that id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/allegations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List allegations
         * @description Who accuses whom of what, and who denied it; newest first. All filters combine with AND.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only allegations made by this actor. Example: `ac_5b0e7f2c9d1a4e36`. */
                    accuser?: string;
                    /** @description Only allegations against this actor. Example: `ac_77aa01c3e5f94b20`. */
                    accused?: string;
                    /** @description Only allegations with this status. Example: `denied`. */
                    status?: "alleged" | "denied" | "confirmed";
                    /** @description Only allegations from this article. Example: `ar_9c41d2e07a6b3f18`. */
                    article_id?: string;
                    /** @description Only records created or changed at or after this instant (RFC 3339): poll with the time of your last sync to mirror the data. Example: `2025-01-01T00:00:00Z`. */
                    updated_since?: string;
                    /**
                     * @description Page size, 1 to 500.
                     * @example 50
                     */
                    limit?: number;
                    /** @description Opaque cursor from a previous page's `next_cursor`; omit for the first page. Example: `WyIyMDI1LTAzLTEwIiwiZXZfM2YyYTljIl0`. */
                    cursor?: string;
                    /** @description json (default): one page. ndjson or csv: every matching record in one streamed response, without the page limit. Also chosen by `Accept: application/x-ndjson` or `text/csv`. Example: `csv`. */
                    format?: "json" | "ndjson" | "csv";
                };
                header?: {
                    /** @description An ETag from an earlier answer: 304 Not Modified, no body, when it still matches. Example: `W/"1f3a-9c2e"`. */
                    "if-none-match"?: string;
                    /** @description gzip, deflate or br: bodies over 1 KB are compressed. Example: `gzip`. */
                    "accept-encoding"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of records (JSON), or every matching record (NDJSON, CSV). */
                200: {
                    headers: {
                        /** @description Validator of this body; send it back as If-None-Match to get 304 when nothing changed. */
                        ETag?: string;
                        /** @description public, max-age=30 for lists; public, max-age=300 for one record; no-store for errors. */
                        "Cache-Control"?: string;
                        /** @description The id the server logs this request under (the client's own when it sent a plain token). */
                        "X-Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AllegationList"];
                        "application/x-ndjson": string;
                        "text/csv": string;
                    };
                };
                /** @description Not Modified: the If-None-Match ETag still matches; no body. */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid parameter: the body names which one and why. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/allegations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one allegation
         * @description One allegation with its accusers, accused, denials and evidence.
         */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description An ETag from an earlier answer: 304 Not Modified, no body, when it still matches. Example: `W/"1f3a-9c2e"`. */
                    "if-none-match"?: string;
                    /** @description gzip, deflate or br: bodies over 1 KB are compressed. Example: `gzip`. */
                    "accept-encoding"?: string;
                };
                path: {
                    /**
                     * @description The record id, as returned in lists.
                     * @example ev_3f2a9c1d0b7e4a55
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Validator of this body; send it back as If-None-Match to get 304 when nothing changed. */
                        ETag?: string;
                        /** @description public, max-age=30 for lists; public, max-age=300 for one record; no-store for errors. */
                        "Cache-Control"?: string;
                        /** @description The id the server logs this request under (the client's own when it sent a plain token). */
                        "X-Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Allegation"];
                    };
                };
                /** @description Not Modified: the If-None-Match ETag still matches; no body. */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid parameter: the body names which one and why. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description No record with that id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/deletions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Removed records
         * @description Events, statements and allegations that `--reextract` removed, oldest first. With `updated_since` on the lists, this lets a client keep a mirror in step without downloading everything again.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only removals at or after this instant (RFC 3339): the time of your last sync. Example: `2025-01-01T00:00:00Z`. */
                    since?: string;
                    /** @description Only removals of this resource. Example: `events`. */
                    resource?: "events" | "statements" | "allegations";
                    /**
                     * @description Page size, 1 to 500.
                     * @example 50
                     */
                    limit?: number;
                    /** @description Opaque cursor from a previous page's `next_cursor`; omit for the first page. Example: `WyIyMDI1LTAzLTEwIiwiZXZfM2YyYTljIl0`. */
                    cursor?: string;
                };
                header?: {
                    /** @description An ETag from an earlier answer: 304 Not Modified, no body, when it still matches. Example: `W/"1f3a-9c2e"`. */
                    "if-none-match"?: string;
                    /** @description gzip, deflate or br: bodies over 1 KB are compressed. Example: `gzip`. */
                    "accept-encoding"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Validator of this body; send it back as If-None-Match to get 304 when nothing changed. */
                        ETag?: string;
                        /** @description public, max-age=30 for lists; public, max-age=300 for one record; no-store for errors. */
                        "Cache-Control"?: string;
                        /** @description The id the server logs this request under (the client's own when it sent a plain token). */
                        "X-Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DeletionList"];
                    };
                };
                /** @description Not Modified: the If-None-Match ETag still matches; no body. */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid parameter: the body names which one and why. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Event counts
         * @description Counts of the events matching the same filters as /events, by type, by month and by country: a dashboard or a plot in one call.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only events of this PLOVER type. Example: `consult`. */
                    type?: "agree" | "consult" | "support" | "concede" | "cooperate" | "aid" | "retreat" | "request" | "accuse" | "reject" | "threaten" | "protest" | "sanction" | "mobilize" | "coerce" | "assault";
                    /** @description Only events this actor took part in (any role). Example: `ac_5b0e7f2c9d1a4e36`. */
                    actor?: string;
                    /** @description Only events involving this country (a participant's or the location's). Example: `PRK`. */
                    country?: string;
                    /** @description Only events with this status. Example: `planned`. */
                    status?: "occurred" | "planned" | "ongoing";
                    /** @description Only events from this article. Example: `ar_9c41d2e07a6b3f18`. */
                    article_id?: string;
                    /** @description Words that must all appear in the evidence sentence (case and accents ignored). Example: `expelled diplomats`. */
                    q?: string;
                    /** @description Earliest date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD). Example: `2024-01-01`. */
                    from?: string;
                    /** @description Latest date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD). Example: `2024-12-31`. */
                    to?: string;
                    /** @description Only records created or changed at or after this instant (RFC 3339): poll with the time of your last sync to mirror the data. Example: `2025-01-01T00:00:00Z`. */
                    updated_since?: string;
                };
                header?: {
                    /** @description An ETag from an earlier answer: 304 Not Modified, no body, when it still matches. Example: `W/"1f3a-9c2e"`. */
                    "if-none-match"?: string;
                    /** @description gzip, deflate or br: bodies over 1 KB are compressed. Example: `gzip`. */
                    "accept-encoding"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Validator of this body; send it back as If-None-Match to get 304 when nothing changed. */
                        ETag?: string;
                        /** @description public, max-age=30 for lists; public, max-age=300 for one record; no-store for errors. */
                        "Cache-Control"?: string;
                        /** @description The id the server logs this request under (the client's own when it sent a plain token). */
                        "X-Request-Id"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventStats"];
                    };
                };
                /** @description Not Modified: the If-None-Match ETag still matches; no body. */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid parameter: the body names which one and why. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description An RFC 9457 problem details body. */
        ProblemInput: {
            /**
             * @description A URI reference naming the kind of problem.
             * @example about:blank
             */
            type: string;
            /** @example Bad Request */
            title: string;
            /** @example 400 */
            status: number;
            /** @example querystring/limit: Too big: expected number to be <=500 */
            detail: string;
            /**
             * @description The request path.
             * @example /events
             */
            instance?: string;
            /** @description One entry per invalid parameter. */
            errors?: {
                parameter: string;
                message: string;
            }[];
        };
        EvidenceInput: {
            /** @description The sentence the record was read from. */
            sentence: string;
            /** @description Offset of the sentence's first character in the article's clean text. */
            start: number;
            /** @description Offset just past the sentence's last character. */
            end: number;
        };
        /** @description An actor embedded in another record. */
        ActorRefInput: {
            actor_id: string;
            name: string;
        };
        /** @description A person, state, organization or group; one row per real-world actor across all articles. */
        ActorInput: {
            /** @example ac_5b0e7f2c9d1a4e36 */
            id: string;
            /**
             * @description Canonical full name.
             * @example Sergei Lavrov
             */
            name: string;
            /**
             * @description Other names and spellings seen in articles.
             * @example [
             *       "Lavrov",
             *       "Sergey Lavrov"
             *     ]
             */
            aliases: string[];
            /** @enum {string} */
            kind: "person" | "state" | "organization" | "group";
            /**
             * @description ISO 3166-1 alpha-3 of the state the actor belongs to; null for international bodies.
             * @example RUS
             */
            country: string | null;
            /**
             * @description For persons, the office as articles give it.
             * @example Foreign Minister
             */
            role: string | null;
            /** @description When the record was first stored (RFC 3339). */
            created_at: string;
            /** @description When the record last changed (RFC 3339). */
            updated_at: string;
        };
        ActorListInput: {
            data: components["schemas"]["ActorInput"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        /** @description Something that happened or is planned, coded with PLOVER. */
        EventInput: {
            /** @example ev_3f2a9c1d0b7e4a55 */
            id: string;
            article_id: string;
            /**
             * @description PLOVER event type.
             * @example consult
             * @enum {string}
             */
            type: "agree" | "consult" | "support" | "concede" | "cooperate" | "aid" | "retreat" | "request" | "accuse" | "reject" | "threaten" | "protest" | "sanction" | "mobilize" | "coerce" | "assault";
            /**
             * @description PLOVER mode where one applies (visit, phone, multilateral).
             * @example visit
             */
            mode: string | null;
            /**
             * @description YYYY-MM-DD, YYYY-MM or YYYY as precise as the article allows; null when unknown.
             * @example 2025-03-10
             */
            date: string | null;
            date_precision: ("day" | "month" | "year") | null;
            /**
             * @example occurred
             * @enum {string}
             */
            status: "occurred" | "planned" | "ongoing";
            /**
             * @description The CAMEO root code of the event's PLOVER type, through PLOVER's crosswalk.
             * @example {
             *       "code": "04",
             *       "name": "Consult"
             *     }
             */
            cameo_root: {
                code: string;
                name: string;
            } | null;
            /**
             * @description Goldstein score of that CAMEO root: +10 most cooperative, -10 most conflictual.
             * @example 1
             */
            goldstein: number | null;
            /**
             * @example {
             *       "name": "Nairobi",
             *       "country": "KEN"
             *     }
             */
            location: {
                name: string;
                country: string | null;
            } | null;
            participants: {
                actor_id: string;
                name: string;
                kind: string;
                country: string | null;
                /**
                 * @description source acts (host, accuser), target is acted on (guest, accused).
                 * @enum {string}
                 */
                role: "source" | "target" | "participant";
            }[];
            evidence: components["schemas"]["EvidenceInput"];
            /** @description When the record was first stored (RFC 3339). */
            created_at: string;
            /** @description When the record last changed (RFC 3339). */
            updated_at: string;
        };
        EventListInput: {
            data: components["schemas"]["EventInput"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        EventStatsInput: {
            /**
             * @description Matching events.
             * @example 42
             */
            total: number;
            /**
             * @description Events per PLOVER type.
             * @example [
             *       {
             *         "type": "consult",
             *         "count": 12
             *       }
             *     ]
             */
            by_type: {
                type: string;
                count: number;
            }[];
            /**
             * @description Events per month (YYYY-MM), oldest first.
             * @example [
             *       {
             *         "month": "2024-01",
             *         "count": 7
             *       }
             *     ]
             */
            by_month: {
                month: string;
                count: number;
            }[];
            /**
             * @description Events involving each country, most first (an event counts once per country).
             * @example [
             *       {
             *         "country": "RUS",
             *         "count": 9
             *       }
             *     ]
             */
            by_country: {
                country: string;
                count: number;
            }[];
        };
        /** @description An actor's counterparts at a glance. */
        RelationsInput: {
            actor: {
                actor_id: string;
                name: string;
            };
            data: {
                counterpart: {
                    actor_id: string;
                    name: string;
                    kind: string;
                    country: string | null;
                };
                /** @description Events both took part in. */
                events: number;
                /**
                 * @description Those events per PLOVER type.
                 * @example {
                 *       "consult": 3,
                 *       "accuse": 1
                 *     }
                 */
                by_type: {
                    [key: string]: number;
                };
                /**
                 * @description Day of the earliest shared event.
                 * @example 2023-09-13
                 */
                first_date: string;
                /**
                 * @description Day of the latest shared event.
                 * @example 2025-03-10
                 */
                last_date: string;
                /**
                 * @description Mean Goldstein score of the shared events: +10 all cooperation, -10 all conflict.
                 * @example 1.6
                 */
                balance: number;
            }[];
        };
        /** @description A direct quote or reported speech with its speaker. */
        StatementInput: {
            /** @example st_81c0aa4e2f9b7d13 */
            id: string;
            article_id: string;
            speaker: components["schemas"]["ActorRefInput"] | null;
            /**
             * @description The quoted words, or the reported clause.
             * @example Our two countries will open a new chapter in trade.
             */
            text: string;
            /**
             * @description direct: wholly inside quotation marks; indirect: reported speech.
             * @enum {string}
             */
            kind: "direct" | "indirect";
            /** @example 2025-03-10 */
            date: string | null;
            date_precision: ("day" | "month" | "year") | null;
            evidence: components["schemas"]["EvidenceInput"];
            /** @description When the record was first stored (RFC 3339). */
            created_at: string;
            /** @description When the record last changed (RFC 3339). */
            updated_at: string;
        };
        StatementListInput: {
            data: components["schemas"]["StatementInput"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        /** @description A claim by accusers that the accused did something wrong, with any denials. */
        AllegationInput: {
            /** @example al_0d9e8f7a6b5c4d3e */
            id: string;
            article_id: string;
            /**
             * @description What is alleged, as worded in the article.
             * @example supplying drones for use against civilian targets
             */
            claim: string;
            /**
             * @description alleged; denied once an accused or ally denies it; confirmed if admitted.
             * @enum {string}
             */
            status: "alleged" | "denied" | "confirmed";
            accusers: components["schemas"]["ActorRefInput"][];
            accused: components["schemas"]["ActorRefInput"][];
            denials: {
                actor: components["schemas"]["ActorRefInput"];
                text: string;
                evidence: components["schemas"]["EvidenceInput"];
            }[];
            evidence: components["schemas"]["EvidenceInput"];
            /** @description When the record was first stored (RFC 3339). */
            created_at: string;
            /** @description When the record last changed (RFC 3339). */
            updated_at: string;
        };
        AllegationListInput: {
            data: components["schemas"]["AllegationInput"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        /** @description A news article as ingested. */
        ArticleInput: {
            /** @example ar_9c41d2e07a6b3f18 */
            id: string;
            /**
             * @description The article's URL when known, else the ingested file's name.
             * @example https://news.example/world/2025-03-10-talks
             */
            source: string;
            /** @example Ruto hosts Ethiopian leader in Nairobi */
            title: string | null;
            /**
             * @description Publication date, YYYY-MM-DD.
             * @example 2025-03-10
             */
            published_at: string;
            /** @description SHA-256 of the clean text: the article's identity for idempotent ingest. */
            content_hash: string;
            ingested_at: string;
            /** @description When the record was first stored (RFC 3339). */
            created_at: string;
            /** @description When the record last changed (RFC 3339). */
            updated_at: string;
        };
        RecordCountsInput: {
            actors: number;
            events: number;
            statements: number;
            allegations: number;
        };
        ArticleDetailInput: {
            /** @example ar_9c41d2e07a6b3f18 */
            id: string;
            /**
             * @description The article's URL when known, else the ingested file's name.
             * @example https://news.example/world/2025-03-10-talks
             */
            source: string;
            /** @example Ruto hosts Ethiopian leader in Nairobi */
            title: string | null;
            /**
             * @description Publication date, YYYY-MM-DD.
             * @example 2025-03-10
             */
            published_at: string;
            /** @description SHA-256 of the clean text: the article's identity for idempotent ingest. */
            content_hash: string;
            ingested_at: string;
            /** @description When the record was first stored (RFC 3339). */
            created_at: string;
            /** @description When the record last changed (RFC 3339). */
            updated_at: string;
            /** @description The clean text; evidence offsets point into it. */
            text: string;
            counts: components["schemas"]["RecordCountsInput"];
        };
        ArticleListInput: {
            data: components["schemas"]["ArticleInput"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        /** @description A record that re-extraction removed. */
        DeletionInput: {
            /** @enum {string} */
            resource: "events" | "statements" | "allegations";
            /** @example ev_3f2a9c1d0b7e4a55 */
            id: string;
            /** @description When re-extraction removed the record (RFC 3339). */
            deleted_at: string;
        };
        DeletionListInput: {
            data: components["schemas"]["DeletionInput"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        /** @description An RFC 9457 problem details body. */
        Problem: {
            /**
             * @description A URI reference naming the kind of problem.
             * @example about:blank
             */
            type: string;
            /** @example Bad Request */
            title: string;
            /** @example 400 */
            status: number;
            /** @example querystring/limit: Too big: expected number to be <=500 */
            detail: string;
            /**
             * @description The request path.
             * @example /events
             */
            instance?: string;
            /** @description One entry per invalid parameter. */
            errors?: {
                parameter: string;
                message: string;
            }[];
        };
        Evidence: {
            /** @description The sentence the record was read from. */
            sentence: string;
            /** @description Offset of the sentence's first character in the article's clean text. */
            start: number;
            /** @description Offset just past the sentence's last character. */
            end: number;
        };
        /** @description An actor embedded in another record. */
        ActorRef: {
            actor_id: string;
            name: string;
        };
        /** @description A person, state, organization or group; one row per real-world actor across all articles. */
        Actor: {
            /** @example ac_5b0e7f2c9d1a4e36 */
            id: string;
            /**
             * @description Canonical full name.
             * @example Sergei Lavrov
             */
            name: string;
            /**
             * @description Other names and spellings seen in articles.
             * @example [
             *       "Lavrov",
             *       "Sergey Lavrov"
             *     ]
             */
            aliases: string[];
            /** @enum {string} */
            kind: "person" | "state" | "organization" | "group";
            /**
             * @description ISO 3166-1 alpha-3 of the state the actor belongs to; null for international bodies.
             * @example RUS
             */
            country: string | null;
            /**
             * @description For persons, the office as articles give it.
             * @example Foreign Minister
             */
            role: string | null;
            /** @description When the record was first stored (RFC 3339). */
            created_at: string;
            /** @description When the record last changed (RFC 3339). */
            updated_at: string;
        };
        ActorList: {
            data: components["schemas"]["Actor"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        /** @description Something that happened or is planned, coded with PLOVER. */
        Event: {
            /** @example ev_3f2a9c1d0b7e4a55 */
            id: string;
            article_id: string;
            /**
             * @description PLOVER event type.
             * @example consult
             * @enum {string}
             */
            type: "agree" | "consult" | "support" | "concede" | "cooperate" | "aid" | "retreat" | "request" | "accuse" | "reject" | "threaten" | "protest" | "sanction" | "mobilize" | "coerce" | "assault";
            /**
             * @description PLOVER mode where one applies (visit, phone, multilateral).
             * @example visit
             */
            mode: string | null;
            /**
             * @description YYYY-MM-DD, YYYY-MM or YYYY as precise as the article allows; null when unknown.
             * @example 2025-03-10
             */
            date: string | null;
            date_precision: ("day" | "month" | "year") | null;
            /**
             * @example occurred
             * @enum {string}
             */
            status: "occurred" | "planned" | "ongoing";
            /**
             * @description The CAMEO root code of the event's PLOVER type, through PLOVER's crosswalk.
             * @example {
             *       "code": "04",
             *       "name": "Consult"
             *     }
             */
            cameo_root: {
                code: string;
                name: string;
            } | null;
            /**
             * @description Goldstein score of that CAMEO root: +10 most cooperative, -10 most conflictual.
             * @example 1
             */
            goldstein: number | null;
            /**
             * @example {
             *       "name": "Nairobi",
             *       "country": "KEN"
             *     }
             */
            location: {
                name: string;
                country: string | null;
            } | null;
            participants: {
                actor_id: string;
                name: string;
                kind: string;
                country: string | null;
                /**
                 * @description source acts (host, accuser), target is acted on (guest, accused).
                 * @enum {string}
                 */
                role: "source" | "target" | "participant";
            }[];
            evidence: components["schemas"]["Evidence"];
            /** @description When the record was first stored (RFC 3339). */
            created_at: string;
            /** @description When the record last changed (RFC 3339). */
            updated_at: string;
        };
        EventList: {
            data: components["schemas"]["Event"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        EventStats: {
            /**
             * @description Matching events.
             * @example 42
             */
            total: number;
            /**
             * @description Events per PLOVER type.
             * @example [
             *       {
             *         "type": "consult",
             *         "count": 12
             *       }
             *     ]
             */
            by_type: {
                type: string;
                count: number;
            }[];
            /**
             * @description Events per month (YYYY-MM), oldest first.
             * @example [
             *       {
             *         "month": "2024-01",
             *         "count": 7
             *       }
             *     ]
             */
            by_month: {
                month: string;
                count: number;
            }[];
            /**
             * @description Events involving each country, most first (an event counts once per country).
             * @example [
             *       {
             *         "country": "RUS",
             *         "count": 9
             *       }
             *     ]
             */
            by_country: {
                country: string;
                count: number;
            }[];
        };
        /** @description An actor's counterparts at a glance. */
        Relations: {
            actor: {
                actor_id: string;
                name: string;
            };
            data: {
                counterpart: {
                    actor_id: string;
                    name: string;
                    kind: string;
                    country: string | null;
                };
                /** @description Events both took part in. */
                events: number;
                /**
                 * @description Those events per PLOVER type.
                 * @example {
                 *       "consult": 3,
                 *       "accuse": 1
                 *     }
                 */
                by_type: {
                    [key: string]: number;
                };
                /**
                 * @description Day of the earliest shared event.
                 * @example 2023-09-13
                 */
                first_date: string;
                /**
                 * @description Day of the latest shared event.
                 * @example 2025-03-10
                 */
                last_date: string;
                /**
                 * @description Mean Goldstein score of the shared events: +10 all cooperation, -10 all conflict.
                 * @example 1.6
                 */
                balance: number;
            }[];
        };
        /** @description A direct quote or reported speech with its speaker. */
        Statement: {
            /** @example st_81c0aa4e2f9b7d13 */
            id: string;
            article_id: string;
            speaker: components["schemas"]["ActorRef"] | null;
            /**
             * @description The quoted words, or the reported clause.
             * @example Our two countries will open a new chapter in trade.
             */
            text: string;
            /**
             * @description direct: wholly inside quotation marks; indirect: reported speech.
             * @enum {string}
             */
            kind: "direct" | "indirect";
            /** @example 2025-03-10 */
            date: string | null;
            date_precision: ("day" | "month" | "year") | null;
            evidence: components["schemas"]["Evidence"];
            /** @description When the record was first stored (RFC 3339). */
            created_at: string;
            /** @description When the record last changed (RFC 3339). */
            updated_at: string;
        };
        StatementList: {
            data: components["schemas"]["Statement"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        /** @description A claim by accusers that the accused did something wrong, with any denials. */
        Allegation: {
            /** @example al_0d9e8f7a6b5c4d3e */
            id: string;
            article_id: string;
            /**
             * @description What is alleged, as worded in the article.
             * @example supplying drones for use against civilian targets
             */
            claim: string;
            /**
             * @description alleged; denied once an accused or ally denies it; confirmed if admitted.
             * @enum {string}
             */
            status: "alleged" | "denied" | "confirmed";
            accusers: components["schemas"]["ActorRef"][];
            accused: components["schemas"]["ActorRef"][];
            denials: {
                actor: components["schemas"]["ActorRef"];
                text: string;
                evidence: components["schemas"]["Evidence"];
            }[];
            evidence: components["schemas"]["Evidence"];
            /** @description When the record was first stored (RFC 3339). */
            created_at: string;
            /** @description When the record last changed (RFC 3339). */
            updated_at: string;
        };
        AllegationList: {
            data: components["schemas"]["Allegation"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        /** @description A news article as ingested. */
        Article: {
            /** @example ar_9c41d2e07a6b3f18 */
            id: string;
            /**
             * @description The article's URL when known, else the ingested file's name.
             * @example https://news.example/world/2025-03-10-talks
             */
            source: string;
            /** @example Ruto hosts Ethiopian leader in Nairobi */
            title: string | null;
            /**
             * @description Publication date, YYYY-MM-DD.
             * @example 2025-03-10
             */
            published_at: string;
            /** @description SHA-256 of the clean text: the article's identity for idempotent ingest. */
            content_hash: string;
            ingested_at: string;
            /** @description When the record was first stored (RFC 3339). */
            created_at: string;
            /** @description When the record last changed (RFC 3339). */
            updated_at: string;
        };
        RecordCounts: {
            actors: number;
            events: number;
            statements: number;
            allegations: number;
        };
        ArticleDetail: {
            /** @example ar_9c41d2e07a6b3f18 */
            id: string;
            /**
             * @description The article's URL when known, else the ingested file's name.
             * @example https://news.example/world/2025-03-10-talks
             */
            source: string;
            /** @example Ruto hosts Ethiopian leader in Nairobi */
            title: string | null;
            /**
             * @description Publication date, YYYY-MM-DD.
             * @example 2025-03-10
             */
            published_at: string;
            /** @description SHA-256 of the clean text: the article's identity for idempotent ingest. */
            content_hash: string;
            ingested_at: string;
            /** @description When the record was first stored (RFC 3339). */
            created_at: string;
            /** @description When the record last changed (RFC 3339). */
            updated_at: string;
            /** @description The clean text; evidence offsets point into it. */
            text: string;
            counts: components["schemas"]["RecordCounts"];
        };
        ArticleList: {
            data: components["schemas"]["Article"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        /** @description A record that re-extraction removed. */
        Deletion: {
            /** @enum {string} */
            resource: "events" | "statements" | "allegations";
            /** @example ev_3f2a9c1d0b7e4a55 */
            id: string;
            /** @description When re-extraction removed the record (RFC 3339). */
            deleted_at: string;
        };
        DeletionList: {
            data: components["schemas"]["Deletion"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
