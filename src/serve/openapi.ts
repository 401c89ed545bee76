// The API's OpenAPI 3.1 document, written by hand as data; test/serve-api.test.ts checks that every
// route the app serves is described here and that the examples it documents answer as described.

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object, description: string) => ({ description, content: { 'application/json': { schema } } });
const error = (description: string) => json(ref('Error'), description);
const query = (name: string, description: string, schema: object = { type: 'string' }, required = false) => ({ name, in: 'query', required, description, schema });
const path = (name: string, description: string, schema: object = { type: 'integer', minimum: 1 }) => ({ name, in: 'path', required: true, description, schema });
const page = [
  query('limit', 'How many to return (default 100, at most 1000).', { type: 'integer', minimum: 1, maximum: 1000 }),
  query('offset', 'How many to skip, for paging (default 0).', { type: 'integer', minimum: 0 }),
];
const bad = { '400': error('A parameter is unknown, repeated, too long or malformed; the message names it.') };
const missing = (what: string) => ({ '404': error(`No ${what} with this id.`) });

const actorCode = { type: 'string', pattern: '^[A-Za-z0-9]{1,24}$', examples: ['JPN', 'JPNGOV'] };
const date = { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$', examples: ['2018', '2022-01', '2022-01-12'] };

const EVENT_FILTERS = [
  query('actor', 'An actor code prefix matching the source or the target: JPN matches JPNGOV.', actorCode),
  query('dyad', 'Two actor code prefixes, in either direction.', { type: 'string', pattern: '^[A-Za-z0-9]{1,24}:[A-Za-z0-9]{1,24}$', examples: ['JPN:RUS'] }),
  query('code', 'The CAMEO code, exactly.', { type: 'string', pattern: '^\\d{2,4}$', examples: ['036'] }),
  query('root', 'The CAMEO root, 01 to 20.', { type: 'string', pattern: '^\\d{2}$', examples: ['03'] }),
  query('quad', 'The QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.', { type: 'integer', minimum: 1, maximum: 4 }),
  query('from', 'Events dated, at their own precision, wholly on or after this date, month or year.', date),
  query('to', 'Events dated wholly on or before this date, month or year.', date),
  query('modality', 'Only events of this modality.', ref('Modality')),
  query('text', "Full-text search on the event's article (headline and body).", { type: 'string', maxLength: 500 }),
  query('cluster', 'Only the events of this cluster (story).', { type: 'integer', minimum: 1 }),
  query('place', "The event's place, by its gazetteer name exactly (as the events' location.name).", { type: 'string', maxLength: 500, examples: ['Okinawa'] }),
  query('dated', 'yes: only events with a date of their own; no: only undated (background) events.', { type: 'string', enum: ['yes', 'no'] }),
];
const EVENT_LIST_PARAMS = [
  ...EVENT_FILTERS,
  query('sort', 'The order: stored order (id, the default), or by date, code, goldstein or numArticles; a leading - for descending. Undated events and events without a Goldstein score come last either way.', { type: 'string', enum: ['id', '-id', 'date', '-date', 'code', '-code', 'goldstein', '-goldstein', 'numArticles', '-numArticles'] }),
  ...page,
];
/** The answer of a paged list: `total` items match, this page holds `items`. */
const pageOf = (items: string, item: object, sorts: string[]) => ({
  type: 'object',
  required: [items, 'total', 'limit', 'offset', 'sort'],
  properties: {
    total: { type: 'integer', description: 'How many match in all (this page holds at most `limit` of them).' },
    limit: { type: 'integer' },
    offset: { type: 'integer' },
    sort: { type: 'string', enum: sorts },
    [items]: { type: 'array', items: item },
  },
});
const EVENT_SORT_VALUES = ['id', '-id', 'date', '-date', 'code', '-code', 'goldstein', '-goldstein', 'numArticles', '-numArticles'];
const ARTICLE_SORT_VALUES = ['-published', 'published', '-events', 'events', 'id', '-id'];
const CLUSTER_SORT_VALUES = ['-articles', 'articles', '-published', 'published', 'id', '-id'];

const span = { type: 'object', required: ['start', 'end'], properties: { start: { type: 'integer' }, end: { type: 'integer' } } };
const nullable = (type: string) => ({ type: [type, 'null'] });

export const OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: 'Annals API',
    version: '0.1.0',
    description:
      'Sourced event data from news: the events of a corpus with their evidence and provenance, its articles and clusters of syndicated copies, dyad and actor series, search, and the analysis of one pasted article. Every error is {"error": "..."}.',
  },
  servers: [{ url: '/' }],
  paths: {
    '/api/events': {
      get: {
        summary: 'Events matching the corpus filters, a page at a time, with how many match in all',
        parameters: EVENT_LIST_PARAMS,
        responses: {
          '200': json(pageOf('events', ref('Event'), EVENT_SORT_VALUES), 'A page of events.'),
          ...bad,
        },
      },
    },
    '/api/places': {
      get: {
        summary: 'The places of the events matching the corpus filters, with how many events each, most first (at most 1,000)',
        parameters: EVENT_FILTERS,
        responses: {
          '200': json(
            {
              type: 'object',
              required: ['total', 'placed', 'places'],
              properties: {
                total: { type: 'integer', description: 'Events matching the filters.' },
                placed: { type: 'integer', description: 'Those of them with a place.' },
                places: { type: 'array', items: ref('PlaceCount') },
              },
            },
            'The places.',
          ),
          ...bad,
        },
      },
    },
    '/api/export': {
      get: {
        summary: 'Every event matching the corpus filters, streamed as CSV, JSON lines or GDELT 2.0 TSV',
        description:
          'The whole result, in stored order, read from the store 5,000 events at a time while it is sent, each page when the client has taken the last (the whole store holds in no buffer). CSV has a header row and one flat row per event (codes with names, the article it was first stored from); a text cell starting with = + - or @ is prefixed with \'. JSON lines are the Event objects of /api/events. GDELT is the 61-column GDELT 2.0 event table without a header (docs/gdelt-export.md): undated background events, and negated or hypothetical ones, have no row unless undated=article dates the first by their article.',
        parameters: [
          query('format', 'csv (the default), jsonl or gdelt.', { type: 'string', enum: ['csv', 'jsonl', 'gdelt'] }),
          query('undated', 'GDELT only: skip undated background events (the default) or date them by their article.', { type: 'string', enum: ['skip', 'article'] }),
          ...EVENT_FILTERS,
        ],
        responses: {
          '200': {
            description: 'The events, as an attachment (annals-events.csv, .jsonl or .tsv).',
            content: {
              'text/csv': { schema: { type: 'string' } },
              'application/x-ndjson': { schema: { type: 'string' } },
              'text/tab-separated-values': { schema: { type: 'string' } },
            },
          },
          ...bad,
        },
      },
    },
    '/api/events/{id}': {
      get: {
        summary: "An event with its sentence, evidence, provenance chain and the articles (copies) that report it",
        parameters: [path('id', 'The event id.')],
        responses: { '200': json(ref('EventDetail'), 'The event.'), ...bad, ...missing('event') },
      },
    },
    '/api/articles': {
      get: {
        summary: 'Stored articles, optionally of one cluster or matching a full-text search',
        parameters: [
          query('cluster', 'Only the articles of this cluster.', { type: 'integer', minimum: 1 }),
          query('text', 'Full-text search on headline and body.', { type: 'string', maxLength: 500 }),
          query('sort', 'The order: newest first (-published, the default), oldest first, by number of events (-events: most first), or stored order (id).', { type: 'string', enum: ARTICLE_SORT_VALUES }),
          ...page,
        ],
        responses: {
          '200': json(pageOf('articles', ref('ArticleSummary'), ARTICLE_SORT_VALUES), 'A page of articles.'),
          ...bad,
        },
      },
    },
    '/api/articles/{id}': {
      get: {
        summary: 'An article: its text, sentences, entities, events and attributions, every span an offset into its text',
        parameters: [
          path('id', 'The article id.'),
          query('without', 'Parts to leave out, comma-separated: body, sentences (a big article answers faster without them; text and the spans stay).', { type: 'string', examples: ['body,sentences'] }),
        ],
        responses: { '200': json(ref('Article'), 'The article.'), ...bad, ...missing('article') },
      },
    },
    '/api/clusters': {
      get: {
        summary: 'Clusters of syndicated copies (stories)',
        parameters: [
          query('minArticles', 'Only clusters with at least this many articles (default 1).', { type: 'integer', minimum: 1 }),
          query('sort', 'The order: most articles first (-articles, the default), fewest first, by earliest publication (-published: newest first), or stored order (id).', { type: 'string', enum: CLUSTER_SORT_VALUES }),
          ...page,
        ],
        responses: {
          '200': json(pageOf('clusters', ref('Cluster'), CLUSTER_SORT_VALUES), 'A page of clusters.'),
          ...bad,
        },
      },
    },
    '/api/clusters/{id}': {
      get: {
        summary: 'A cluster with its member articles',
        parameters: [path('id', 'The cluster id.')],
        responses: { '200': json(ref('Cluster'), 'The cluster, with members.'), ...bad, ...missing('cluster') },
      },
    },
    '/api/actors': {
      get: {
        summary: 'Actor codes by number of events, as source or target',
        parameters: [query('prefix', 'Only codes starting with this.', actorCode), query('limit', 'How many (default 100, at most 1000).', { type: 'integer', minimum: 1, maximum: 1000 })],
        responses: { '200': json({ type: 'object', required: ['actors'], properties: { actors: { type: 'array', items: ref('ActorCount') } } }, 'Actors.'), ...bad },
      },
    },
    '/api/dyads/{dyad}': {
      get: {
        summary: 'Events and Goldstein sum per period in both directions of a dyad, split by QuadClass',
        parameters: [
          path('dyad', 'Two actor code prefixes separated by a colon.', { type: 'string', pattern: '^[A-Za-z0-9]{1,24}:[A-Za-z0-9]{1,24}$', examples: ['JPN:RUS'] }),
          query('by', 'The period (default year).', { type: 'string', enum: ['year', 'month', 'day'] }),
          query('modality', 'Only events of this modality.', ref('Modality')),
          query('undated', 'skip (the default): undated events are in no period; article: an undated (background) event is counted at its article\'s publication date, as export --undated article dates it.', { type: 'string', enum: ['skip', 'article'] }),
        ],
        responses: { '200': json(ref('DyadSeries'), 'The series.'), ...bad },
      },
    },
    '/api/actors/{actor}/series': {
      get: {
        summary: "An actor's dated events (as source or target) and Goldstein sum per period, split by QuadClass",
        parameters: [
          path('actor', 'An actor code prefix: JPN counts JPNGOV and JPNMIL too.', actorCode),
          query('by', 'The period (default year).', { type: 'string', enum: ['year', 'month', 'day'] }),
          query('modality', 'Only events of this modality.', ref('Modality')),
          query('undated', 'skip (the default): undated events are in no period; article: an undated (background) event is counted at its article\'s publication date, as export --undated article dates it.', { type: 'string', enum: ['skip', 'article'] }),
        ],
        responses: { '200': json(ref('ActorSeries'), 'The series, periods in order.'), ...bad },
      },
    },
    '/api/search': {
      get: {
        summary: 'Full-text search over articles',
        parameters: [query('q', 'Words, "quoted phrases", OR.', { type: 'string', minLength: 1, maxLength: 500 }, true), query('limit', 'How many hits (default 20, at most 1000).', { type: 'integer', minimum: 1, maximum: 1000 })],
        responses: { '200': json({ type: 'object', required: ['query', 'hits'], properties: { query: { type: 'string' }, hits: { type: 'array', items: ref('SearchHit') } } }, 'Hits, best first.'), ...bad },
      },
    },
    '/api/glossary': {
      get: {
        summary: 'What the codes mean: every CAMEO event code (name, Goldstein score, QuadClass, PLOVER), the QuadClasses, and the actor code scheme (sectors, countries, organisations)',
        responses: { '200': json(ref('Glossary'), 'The glossary.'), ...bad },
      },
    },
    '/api/stats': {
      get: {
        summary: 'Counts of articles, stories, copies, events, mentions, attributions and outlets',
        responses: { '200': json(ref('Stats'), 'The counts.'), ...bad },
      },
    },
    '/api/analyze': {
      post: {
        summary: 'Analyse one article (text or HTML); nothing is stored and no URL is ever fetched',
        requestBody: {
          required: true,
          description: 'At most 1 MB by default.',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: false,
                properties: {
                  text: { type: 'string', description: 'Plain text; the first non-empty line is the headline.' },
                  html: { type: 'string', description: 'An HTML page; its main text is extracted.' },
                  title: { type: 'string' },
                  url: { type: 'string', description: 'Where the article came from: recorded, never fetched.' },
                  date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'The publication date when the article does not give one.' },
                },
                oneOf: [{ required: ['text'] }, { required: ['html'] }],
              },
            },
          },
        },
        responses: {
          '200': json({ type: 'object', description: 'The AnalysisResult of `annals analyze --format json`: text, input, page, article, paragraphs, sentences, entities, events, attributions, warnings.' }, 'The analysis.'),
          ...bad,
          '413': error('The body is too large.'),
          '415': error('The body is not application/json.'),
          '422': error('The input cannot be analysed (no article text, binary, ...).'),
          '503': error('Too many analyses are running or queued; try again shortly.'),
        },
      },
    },
    '/openapi.json': {
      get: { summary: 'This document', responses: { '200': { description: 'The OpenAPI 3.1 document.', content: { 'application/json': {} } } } },
    },
  },
  components: {
    schemas: {
      Error: { type: 'object', required: ['error'], properties: { error: { type: 'string' } } },
      Modality: { type: 'string', enum: ['actual', 'intent', 'hypothetical', 'negated'] },
      Actor: { type: 'object', properties: { actor: nullable('string'), text: nullable('string'), name: nullable('string') } },
      Event: {
        type: 'object',
        required: ['id', 'articleId', 'code', 'root', 'modality', 'source', 'target', 'span'],
        properties: {
          id: { type: 'integer' },
          articleId: { type: 'integer' },
          key: { type: 'string' },
          code: { type: 'string' },
          root: { type: 'string' },
          name: nullable('string'),
          goldstein: nullable('number'),
          quadClass: nullable('integer'),
          plover: { type: ['object', 'null'] },
          modality: { type: 'string' },
          date: nullable('string'),
          datePrecision: { enum: ['year', 'month', 'day', null] },
          source: ref('Actor'),
          target: ref('Actor'),
          location: { type: ['object', 'null'] },
          sentence: nullable('integer'),
          span,
          numArticles: { type: 'integer', description: "Articles (copies of one story) reporting the event, like GDELT's NumArticles." },
          numSources: { type: 'integer', description: "Distinct outlets among them, like GDELT's NumSources." },
          paragraph: { type: ['integer', 'null'], description: "The paragraph of its sentence (0: the lede, GDELT's IsRootEvent)." },
          article: ref('EventArticle'),
        },
      },
      EventArticle: {
        type: 'object',
        description: 'The article the event was first stored from.',
        properties: {
          id: { type: 'integer' },
          headline: { type: ['string', 'null'], description: 'In the event detail only.' },
          url: nullable('string'),
          published: nullable('string'),
          publisher: nullable('string'),
          origin: nullable('string'),
          added: { type: ['string', 'null'], description: "When it was stored (GDELT's DATEADDED)." },
        },
      },
      Mention: {
        type: 'object',
        description: 'One article reporting the event: the first one, or a syndicated copy.',
        properties: {
          articleId: { type: 'integer' },
          headline: nullable('string'),
          url: nullable('string'),
          published: nullable('string'),
          publisher: nullable('string'),
          origin: nullable('string'),
          span,
          sentenceText: nullable('string'),
          provenance: { type: 'array', items: ref('ChainLink') },
        },
      },
      ChainLink: { type: 'object', required: ['name', 'kind'], properties: { name: { type: 'string' }, actor: { type: 'string' }, kind: { type: 'string' }, span } },
      EventDetail: {
        allOf: [
          ref('Event'),
          {
            type: 'object',
            properties: {
              sentenceText: nullable('string'),
              article: ref('EventArticle'),
              evidence: { type: 'object' },
              provenance: { type: 'array', items: ref('ChainLink'), description: 'From the first speaker to the publisher of this copy.' },
              mentions: { type: 'array', items: ref('Mention'), description: 'Every article reporting the event, the first first.' },
            },
          },
        ],
      },
      ArticleSummary: {
        type: 'object',
        properties: {
          id: { type: 'integer' },
          headline: nullable('string'),
          url: nullable('string'),
          published: nullable('string'),
          datelinePlace: nullable('string'),
          publisher: nullable('string'),
          origin: nullable('string'),
          clusterId: nullable('integer'),
          events: { type: 'integer' },
        },
      },
      Article: {
        allOf: [
          ref('ArticleSummary'),
          {
            type: 'object',
            properties: {
              byline: nullable('string'),
              text: { type: 'string', description: 'What every span indexes: headline, front matter and body.' },
              body: { type: 'string' },
              warnings: { type: 'array', items: { type: 'object' } },
              sentences: { type: 'array', items: { type: 'object', properties: { index: { type: 'integer' }, paragraph: nullable('integer'), span, text: { type: 'string' } } } },
              entities: { type: 'array', items: { type: 'object', properties: { type: { enum: ['actor', 'place'] }, text: { type: 'string' }, span, actor: nullable('string'), name: nullable('string') } } },
              eventList: { type: 'array', items: ref('Event'), description: "The events this article reports, spans into this article's text." },
              attributions: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    id: { type: 'integer' },
                    key: { type: 'string' },
                    parentKey: nullable('string'),
                    source: { type: ['object', 'null'] },
                    cue: { type: 'object' },
                    content: { type: 'array', items: { type: 'object' } },
                    chain: { type: 'array', items: ref('ChainLink') },
                  },
                },
              },
            },
          },
        ],
      },
      Cluster: {
        type: 'object',
        properties: {
          id: { type: 'integer' },
          label: nullable('string'),
          articles: { type: 'integer' },
          earliest: { type: ['object', 'null'] },
          origin: nullable('string'),
          publishers: { type: 'array', items: { type: 'string' } },
          members: { type: 'array', items: ref('ArticleSummary') },
        },
      },
      ActorCount: { type: 'object', properties: { actor: { type: 'string' }, name: nullable('string'), events: { type: 'integer' }, asSource: { type: 'integer' }, asTarget: { type: 'integer' } } },
      DyadSeries: {
        type: 'object',
        required: ['dyad', 'by', 'modality', 'directions', 'points'],
        properties: {
          dyad: { type: 'array', items: { type: 'string' } },
          by: { enum: ['year', 'month', 'day'] },
          modality: nullable('string'),
          directions: { type: 'array', items: { type: 'string' } },
          quadClassSplit: { const: true, description: 'Always true: every point carries its QuadClass split (kept for clients that check it).' },
          note: { type: 'null', description: 'Always null (kept for clients that read it).' },
          undated: { enum: ['skip', 'article'], description: "skip: undated events are in no period; article: they are counted at their article's date." },
          undatedEvents: { type: 'integer', description: 'Events (of this modality) without a date of their own: in no period unless undated=article.' },
          points: { type: 'array', items: ref('DyadPoint') },
        },
      },
      DyadPoint: {
        type: 'object',
        required: ['period', 'direction', 'events', 'goldstein', 'quadClass'],
        properties: {
          period: { type: 'string', description: 'YYYY, YYYY-MM or YYYY-MM-DD; an event dated more coarsely than `by` stays at its own period.' },
          direction: { type: 'string', examples: ['JPN->RUS'] },
          events: { type: 'integer' },
          goldstein: { type: 'number', description: 'The sum of the Goldstein scores.' },
          quadClass: ref('QuadClassSplit'),
        },
      },
      QuadClassSplit: {
        type: 'array',
        items: { type: 'integer', minimum: 0 },
        minItems: 5,
        maxItems: 5,
        description: 'Events without a QuadClass, then QuadClass 1 (verbal cooperation), 2 (material cooperation), 3 (verbal conflict), 4 (material conflict); they add up to `events`.',
      },
      ActorSeries: {
        type: 'object',
        required: ['actor', 'by', 'modality', 'points'],
        properties: {
          actor: { type: 'string', description: 'The actor code prefix, upper case.' },
          by: { enum: ['year', 'month', 'day'] },
          modality: nullable('string'),
          undated: { enum: ['skip', 'article'], description: "skip: undated events are in no period; article: they are counted at their article's date." },
          undatedEvents: { type: 'integer', description: 'Events (of this modality) without a date of their own: in no period unless undated=article.' },
          points: {
            type: 'array',
            description: 'Dated events only, as source or target (an event between JPNGOV and JPNMIL counts once).',
            items: ref('ActorPoint'),
          },
        },
      },
      ActorPoint: {
        type: 'object',
        required: ['period', 'events', 'goldstein', 'quadClass'],
        properties: {
          period: { type: 'string', description: 'YYYY, YYYY-MM or YYYY-MM-DD; an event dated more coarsely than `by` stays at its own period.' },
          events: { type: 'integer' },
          goldstein: { type: 'number', description: 'The sum of the Goldstein scores.' },
          quadClass: ref('QuadClassSplit'),
        },
      },
      PlaceCount: { type: 'object', required: ['name', 'lat', 'lon', 'events'], properties: { name: { type: 'string' }, lat: nullable('number'), lon: nullable('number'), events: { type: 'integer' } } },
      Glossary: {
        type: 'object',
        required: ['codes', 'quadClasses', 'sectors', 'countries', 'organisations'],
        properties: {
          codes: {
            type: 'array',
            items: {
              type: 'object',
              properties: { code: { type: 'string' }, root: { type: 'string' }, name: { type: 'string' }, goldstein: { type: 'number' }, quadClass: { type: 'integer' }, plover: { type: ['object', 'null'] } },
            },
          },
          quadClasses: { type: 'array', items: { type: 'object', properties: { quadClass: { type: 'integer' }, name: { type: 'string' }, roots: { type: 'string' } } } },
          sectors: { type: 'array', items: { type: 'object', properties: { code: { type: 'string' }, name: { type: 'string' }, description: { type: 'string' } } } },
          countries: { type: 'array', items: { type: 'object', properties: { code: { type: 'string' }, name: { type: 'string' } } } },
          organisations: { type: 'array', items: { type: 'object', properties: { code: { type: 'string' }, name: { type: 'string' } } } },
        },
      },
      SearchHit: { type: 'object', properties: { id: { type: 'integer' }, headline: nullable('string'), url: nullable('string'), published: nullable('string'), rank: { type: 'number' }, snippet: { type: 'string' } } },
      Stats: {
        type: 'object',
        properties: {
          articles: { type: 'integer' },
          clusters: { type: 'integer', description: 'Stories: clusters holding at least one article.' },
          copies: { type: 'integer', description: 'Syndicated copies: articles of a cluster beyond its first.' },
          events: { type: 'integer', description: 'Distinct events; an event reported by several copies counts once.' },
          mentions: { type: 'integer', description: 'Reports of events: one per event per article reporting it.' },
          attributions: { type: 'integer' },
          outlets: { type: 'integer' },
        },
      },
    },
  },
} as const;
