// Types of @assent/widget. The API's own types (AssentAPI, AssentState, the events) are assent.d.ts, copied
// from the widget's wasm/assent.d.ts when the package is packed, so the package and the loader never disagree.
import type { AssentAPI, AssentPurposeId } from './assent.js';

export * from './assent.js';

export interface LoadOptions {
  /** The widget's script URL: the site loader (https://consent.example/v1/sites/shop.example/assent.js) or the
   * plain loader (https://consent.example/assent.js, with attributes {'data-config': '/assent.json'}). */
  src: string;
  /** The page's CSP nonce, set on the inserted script. */
  nonce?: string;
  /** data-* attributes of the script tag: data-config, data-revision, data-consent-mode, ... */
  attributes?: Record<`data-${string}`, string>;
}

/** Inserts the script tag once and resolves to window.Assent when it has run (or to the page's own, when the
 * widget is already there). Rejects with a TypeError for bad options, with an Error naming the URL when the
 * script cannot be loaded, and on the server. */
export function load(options: LoadOptions): Promise<AssentAPI>;

/** window.Assent once the widget has loaded, else null (always null on the server). */
export function assent(): AssentAPI | null;

/** Whether the visitor consented to the purpose: false before a choice, before the widget has loaded and on the
 * server. Once the visitor has chosen, throws a TypeError for a purpose the config does not have. */
export function consented(purpose: AssentPurposeId): boolean;

/** Calls fn(consented(purpose)) after every change of the choice; returns the function that stops it. Never calls
 * fn on the server. Throws a TypeError for a non-string purpose or a non-function fn. */
export function subscribe(purpose: AssentPurposeId, fn: (consented: boolean) => void): () => void;
