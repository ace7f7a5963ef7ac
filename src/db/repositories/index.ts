import type { Db } from '../client.js';
import { createActorRepository } from './actors.js';
import { createAllegationRepository } from './allegations.js';
import { createArticleRepository } from './articles.js';
import { createDeletionRepository } from './deletions.js';
import { createEventRepository } from './events.js';
import { createStatementRepository } from './statements.js';

export function createRepositories(db: Db) {
  return {
    articles: createArticleRepository(db),
    actors: createActorRepository(db),
    events: createEventRepository(db),
    statements: createStatementRepository(db),
    allegations: createAllegationRepository(db),
    deletions: createDeletionRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
