import type { Article } from './cms'

/** One entry of a page-body dynamic zone (articles, conditions and pages share the same blocks). */
export type ContentBlock = NonNullable<Article['body']>[number]
export type ContentBlockUid = ContentBlock['__component']
