// The little of jsdom that page.ts uses. @types/jsdom is not installed on purpose: it loads
// TypeScript's DOM library into the whole project, whose code runs on Node, not in a browser.
declare module 'jsdom' {
  /** A console for the page's own messages (CSS it cannot parse, ...); one with no listeners drops them. */
  export class VirtualConsole {}
  export class JSDOM {
    constructor(html: string, options?: { url?: string; virtualConsole?: VirtualConsole });
    readonly window: { readonly document: unknown; close(): void };
  }
}
