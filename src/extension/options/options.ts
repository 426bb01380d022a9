// Options page (placeholder until the popup/options issue).
export {};
