// Turns command-line inputs (files, folders, "-" for stdin) into raw articles,
// one at a time: JSONL is read line by line, folders are walked lazily, so
// memory does not grow with the corpus. A bad input yields an error item for
// that input and the walk goes on.
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { z } from 'zod';
import { publicationDay } from '../calendar.js';
import type { RawArticle } from './types.js';

/** Larger texts are refused: no news article is this long, and it bounds memory per article. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;
/** A .json file (or JSON on standard input) is parsed whole: a batch of articles, bounded. */
export const MAX_JSON_DOCUMENT_BYTES = 64 * MAX_ARTICLE_BYTES;

export const ARTICLE_EXTENSIONS = new Set(['.txt', '.json', '.jsonl']);

export type SourceItem =
  | { origin: string; article: RawArticle }
  | { origin: string; error: string };

export const JsonArticleSchema = z.object({
  title: z.string().max(1000).nullish().meta({ examples: ['Ruto hosts Ethiopian leader in Nairobi'] }),
  published_at: z
    .string()
    .max(64)
    .refine((v) => publicationDay(v) !== null, 'expected a date: YYYY-MM-DD, an ISO 8601 timestamp or an RFC 2822 date')
    .nullish()
    .meta({
      description: 'Publication date (YYYY-MM-DD, ISO 8601 timestamp or RFC 2822); anchors relative dates. Else read from a dateline in the text.',
      examples: ['2025-03-10'],
    }),
  source: z.string().max(2048).nullish().meta({ description: "The article's URL.", examples: ['https://news.example/world/2025-03-10-talks'] }),
  text: z
    .string()
    .min(1, 'text is empty')
    .meta({ description: 'The article text, as scraped.', examples: ['NAIROBI, March 10 - Kenyan President William Ruto hosted ...'] }),
});

export type JsonArticle = z.infer<typeof JsonArticleSchema>;

/** A leading YYYY-MM-DD in a file name ("2025-03-10-talks.txt"), as scraped archives name files. */
export function dateFromFileName(name: string): string | null {
  return /^(\d{4}-\d{2}-\d{2})/.exec(basename(name))?.[1] ?? null;
}

export function fromJsonArticle(value: unknown, fallbackSource: string, fallbackDate: string | null): RawArticle {
  const parsed = JsonArticleSchema.safeParse(value);
  if (!parsed.success) {
    throw new SourceError(parsed.error.issues.map((i) => `${i.path.join('.') || 'article'}: ${i.message}`).join('; '));
  }
  const a = parsed.data;
  if (Buffer.byteLength(a.text) > MAX_ARTICLE_BYTES) throw new SourceError(`text is over the ${MAX_ARTICLE_BYTES}-byte limit`);
  return { source: a.source || fallbackSource, title: a.title ?? null, publishedAt: a.published_at ? publicationDay(a.published_at) : null, text: a.text, fallbackDate };
}

export class SourceError extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes a file's bytes as UTF-8 text, refusing binary and invalid encodings. */
export function decodeText(bytes: Buffer, limit = MAX_ARTICLE_BYTES): string {
  if (bytes.length === 0) throw new SourceError('file is empty');
  if (bytes.length > limit) throw new SourceError(`file is over the ${limit}-byte limit`);
  if (bytes.includes(0)) throw new SourceError('file looks binary (contains NUL bytes)');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new SourceError('file is not valid UTF-8');
  }
  if (text.trim() === '') throw new SourceError('file is empty');
  return text;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new SourceError(`invalid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
}

async function* walk(path: string): AsyncGenerator<string> {
  const entries = await readdir(path, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile() && ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase())) yield full;
  }
}

async function* readJsonLines(stream: Readable, origin: string, fallbackDate: string | null): AsyncGenerator<SourceItem> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    const where = `${origin}:${n}`;
    try {
      if (Buffer.byteLength(line) > MAX_ARTICLE_BYTES * 2) throw new SourceError(`line is over the size limit`);
      yield { origin: where, article: fromJsonArticle(parseJson(line), basename(origin), fallbackDate) };
    } catch (err) {
      yield { origin: where, error: errorMessage(err) };
    }
  }
}

function* fromJsonValue(value: unknown, origin: string, fallbackDate: string | null): Generator<SourceItem> {
  const items = Array.isArray(value) ? value : [value];
  for (const [i, item] of items.entries()) {
    const where = Array.isArray(value) ? `${origin}[${i}]` : origin;
    try {
      yield { origin: where, article: fromJsonArticle(item, basename(origin), fallbackDate) };
    } catch (err) {
      yield { origin: where, error: errorMessage(err) };
    }
  }
}

function errorMessage(err: unknown): string {
  return err instanceof SourceError ? err.message : err instanceof Error ? err.message : String(err);
}

async function* readFileInput(path: string, defaultDate: string | null): AsyncGenerator<SourceItem> {
  const ext = extname(path).toLowerCase();
  const fallbackDate = dateFromFileName(path) ?? defaultDate;
  if (ext === '.jsonl') {
    yield* readJsonLines(createReadStream(path), path, fallbackDate);
    return;
  }
  try {
    const info = await stat(path);
    const limit = ext === '.json' ? MAX_JSON_DOCUMENT_BYTES : MAX_ARTICLE_BYTES;
    if (info.size > limit) throw new SourceError(`file is over the ${limit}-byte limit`);
    const text = decodeText(await readFile(path), limit);
    if (ext === '.json') yield* fromJsonValue(parseJson(text), path, fallbackDate);
    else yield { origin: path, article: { source: basename(path), text, fallbackDate } };
  } catch (err) {
    yield { origin: path, error: errorMessage(err) };
  }
}

/** Splits a byte stream into lines (without their \n), so each is decoded and checked on its own. */
async function* byteLines(stream: Readable): AsyncGenerator<Buffer> {
  let rest = Buffer.alloc(0);
  for await (const chunk of stream) {
    let buf = Buffer.concat([rest, Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk))]);
    let newline: number;
    while ((newline = buf.indexOf(10)) >= 0) {
      yield buf.subarray(0, newline);
      buf = buf.subarray(newline + 1);
    }
    rest = buf;
  }
  if (rest.length > 0) yield rest;
}

/**
 * Standard input: JSONL (its first non-blank line is a whole JSON object) is
 * streamed line by line like a .jsonl file; anything else, one JSON document or
 * a plain article, is read whole, up to the size limit.
 */
async function* readStdin(stdin: Readable, defaultDate: string | null): AsyncGenerator<SourceItem> {
  const origin = 'stdin';
  let mode: 'undecided' | 'jsonl' | 'whole' = 'undecided';
  const whole: Buffer[] = [];
  let size = 0;
  let n = 0;
  for await (const bytes of byteLines(stdin)) {
    n++;
    if (mode === 'undecided' && bytes.toString('utf8').trim() !== '') {
      let firstIsObject = false;
      try {
        firstIsObject = typeof JSON.parse(bytes.toString('utf8')) === 'object';
      } catch {
        // not a complete JSON value on one line
      }
      mode = firstIsObject ? 'jsonl' : 'whole';
    }
    if (mode === 'jsonl') {
      if (bytes.toString('utf8').trim() === '') continue;
      try {
        yield { origin: `${origin}:${n}`, article: fromJsonArticle(parseJson(decodeText(bytes)), origin, defaultDate) };
      } catch (err) {
        yield { origin: `${origin}:${n}`, error: errorMessage(err) };
      }
      continue;
    }
    whole.push(bytes, Buffer.from('\n'));
    size += bytes.length + 1;
    if (size > MAX_JSON_DOCUMENT_BYTES) {
      yield { origin, error: 'standard input is over the size limit; pass JSONL (one article a line) or files instead' };
      return;
    }
  }
  if (mode !== 'whole') return;
  try {
    const text = decodeText(Buffer.concat(whole), MAX_JSON_DOCUMENT_BYTES);
    const trimmed = text.trimStart();
    if (trimmed.startsWith('[') || trimmed.startsWith('{')) yield* fromJsonValue(parseJson(text), origin, defaultDate);
    else if (Buffer.byteLength(text) > MAX_ARTICLE_BYTES) yield { origin, error: `text is over the ${MAX_ARTICLE_BYTES}-byte limit` };
    else yield { origin, article: { source: origin, text, fallbackDate: defaultDate } };
  } catch (err) {
    yield { origin, error: errorMessage(err) };
  }
}

export interface ReadOptions {
  /** The --date fallback for articles with no date of their own. */
  defaultDate: string | null;
  stdin: Readable;
}

/** Every article in the inputs, in order; folders recursively, "-" is standard input. */
export async function* readInputs(inputs: string[], options: ReadOptions): AsyncGenerator<SourceItem> {
  for (const input of inputs) {
    if (input === '-') {
      yield* readStdin(options.stdin, options.defaultDate);
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch {
      yield { origin: input, error: 'no such file or folder' };
      continue;
    }
    if (info.isDirectory()) {
      for await (const file of walk(input)) yield* readFileInput(file, options.defaultDate);
    } else if (ARTICLE_EXTENSIONS.has(extname(input).toLowerCase())) {
      yield* readFileInput(input, options.defaultDate);
    } else {
      yield { origin: input, error: `unsupported file type '${extname(input) || '(none)'}': expected .txt, .json or .jsonl` };
    }
  }
}
