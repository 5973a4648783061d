// Type declarations for window.Assent, the API of the Assent loader (assent.js). Shipped beside it in dist/;
// scripts/e2e/api.test.mjs checks that the members declared here are the loader's members, that each refuses
// what these types refuse, and that the event names are the loader's.

/** A purpose id of the site config ("analytics", "marketing", ...). */
export type AssentPurposeId = string;

/** The visitor's current choice, as `Assent.get()` returns it. */
export interface AssentState {
  /** true once the visitor has a valid choice (made now or stored). */
  decided: boolean;
  /** every configured purpose: true when consented (required purposes always true). */
  purposes: Record<AssentPurposeId, boolean>;
  revision: string;
  record_id: string;
  /** "EU", "GB", "CH", ... (a country outside the rules is recorded as "EU"). */
  jurisdiction: string;
  /** the consent model the choice was asked under ("opt_in", "opt_out", "exempt", ...); "out_of_scope" when the
   * config's scope is "europe" and the visitor is from elsewhere (purposes applied, nothing recorded). */
  model: string;
  /** RFC 3339 time the choice expires. */
  expires_at: string;
  /** the host the choice was made on (with cookie_domain, another subdomain's); "" before any choice. */
  origin: string;
}

/** A stored proof record with its receipt, as `Assent.records()` returns them. */
export interface AssentStoredRecord {
  record: Record<string, unknown>;
  /** the endpoint's receipt once synced, else null. */
  receipt: Record<string, unknown> | null;
  synced: boolean;
  /** whether the receipt checks against the config's verifier_key (present when both are). */
  verified?: boolean;
  /** the endpoint's refusal (its answer as text), when it refused the record. */
  error?: string;
}

/** One fact of law behind a decision. */
export interface AssentReason {
  rule: string;
  text: string;
  cite: string;
  url: string;
}

/** The rules' decision for a scenario (docs/contract.md section 6), as `Assent.decide` and `assent decide` give it. */
export interface AssentDecision {
  model: 'exempt' | 'opt_out' | 'soft_opt_in' | 'opt_in' | 'double_opt_in' | 'not_allowed';
  /** the opt-out register to screen against, or "". */
  register_check: string;
  double_opt_in: 'required' | 'recommended' | '';
  /** what remains to be done even where the model allows it; [] when nothing. */
  duties: Array<'inform' | 'offer_objection' | 'check_register'>;
  /** "required" when the scenario's age is below the country's age of digital consent and the model relies on consent. */
  parental_consent: 'required' | '';
  /** never empty, most decisive first. */
  reasons: AssentReason[];
}

/** A finding of the rules or the validator. */
export interface AssentFinding {
  code: string;
  severity: 'error' | 'warning';
  message: string;
  cite?: string;
  field?: string;
}

/** The detail of the `error` event: the endpoint refused a record. */
export interface AssentErrorDetail {
  code: string;
  message: string;
  findings: AssentFinding[];
  record_id: string;
  status: number;
}

/** Event names and the detail each listener receives. */
export interface AssentEvents {
  /** the choice changed (or a stored one was applied): the new state. */
  change: AssentState;
  /** a layer opened: 1 the banner, 2 the preferences. */
  show: 1 | 2;
  /** the open layer closed. */
  hide: null;
  /** a record reached the endpoint: its id and the endpoint's receipt. */
  synced: { record_id: string; receipt: Record<string, unknown> };
  /** the endpoint refused a record. */
  error: AssentErrorDetail;
}

export type AssentEventName = keyof AssentEvents;

/**
 * window.Assent. Every member checks its arguments: Promise members reject with a TypeError naming the argument
 * (recording and changing nothing), sync members throw one.
 */
export interface AssentAPI {
  /** Resolves once the consent state is known; rejects with an Error naming the config URL and the cause when
   * the config (data-config) cannot be fetched or read. */
  readonly ready: Promise<AssentAPI>;
  /** The current choice. Takes no argument. */
  get(): AssentState;
  /** Whether a purpose is consented. Throws a TypeError for a non-string or an unknown purpose id. */
  has(purpose: AssentPurposeId): boolean;
  /** Records "accept all". Takes no argument. Resolves to the sealed record. */
  acceptAll(): Promise<Record<string, unknown>>;
  /** Records "reject all". Takes no argument. */
  rejectAll(): Promise<Record<string, unknown>>;
  /** Records the given purposes (merged into the current choice). Rejects with a TypeError for a non-object, an
   * unknown purpose, a non-boolean value or a required purpose set to false. */
  save(choices: Partial<Record<AssentPurposeId, boolean>>): Promise<Record<string, unknown>>;
  /** Withdraws consent (everything but the required purposes off). Takes no argument. */
  withdraw(): Promise<Record<string, unknown>>;
  /** Opens the first layer. Takes no argument. */
  show(): Promise<void>;
  /** Opens the preferences (a modal dialog). Takes no argument. */
  showPreferences(): Promise<void>;
  /** Closes the open layer. Takes no argument. */
  hide(): Promise<void>;
  /** The stored proof records with their receipts. Takes no argument. */
  records(): Promise<AssentStoredRecord[]>;
  /** The rules' decision for a scenario (docs/contract.md section 6); loads the tools wasm. Rejects with a TypeError
   * for a non-object, with an Error naming the field for a bad scenario. */
  decide(scenario: Record<string, unknown>): Promise<AssentDecision>;
  /** The validator's findings for a site config; loads the tools wasm. Rejects with a TypeError for a
   * non-object. */
  validate(config: Record<string, unknown>): Promise<AssentFinding[]>;
  /** Adds a listener. Throws a TypeError for an unknown event or a non-function. Returns Assent. */
  on<E extends AssentEventName>(event: E, fn: (detail: AssentEvents[E]) => void): AssentAPI;
  /** Removes a listener. Throws a TypeError for an unknown event or a non-function. Returns Assent. */
  off<E extends AssentEventName>(event: E, fn: (detail: AssentEvents[E]) => void): AssentAPI;
}

declare global {
  interface Window {
    Assent: AssentAPI;
  }
  var Assent: AssentAPI;
  interface WindowEventMap {
    'assent:change': CustomEvent<AssentState>;
    'assent:show': CustomEvent<1 | 2>;
    'assent:hide': CustomEvent<null>;
    'assent:synced': CustomEvent<AssentEvents['synced']>;
    'assent:error': CustomEvent<AssentErrorDetail>;
  }
}
