// Types for the one file of @mozilla/readability the content script imports:
// importing the package root would bundle all of Readability.js (90 KB).
declare module '@mozilla/readability/Readability-readerable.js' {
  export default function isProbablyReaderable(
    doc: Document,
    options?: { minContentLength?: number; minScore?: number; visibilityChecker?: (node: Node) => boolean },
  ): boolean;
}
