// The views, one module per page family; main.ts routes to them.
export type { View } from './common.js';
export { eventsView } from './events.js';
export { eventView } from './event.js';
export { dyadView, actorView } from './series.js';
export { articlesView, articleView, clustersView, clusterView } from './articles.js';
export { analyzeView } from './analyze.js';
export { glossaryView } from './glossary.js';
export { mapView } from './map.js';
