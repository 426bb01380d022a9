// The page layer as one module: what the content script loads (page.js) once
// it has decided a page is worth analyzing. Kept out of content.js so the
// always-on part stays small.
export { PageController, type ControllerOptions, type Analyzer } from './controller.js';
