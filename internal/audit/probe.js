// probe.js: the in-page half of `assent audit`. Injected into the audited page (main world) before each
// question; defines one non-enumerable global, window.__assentAudit, whose methods return plain JSON values.
// It only reads the page; the Go side does every click and key press through the DevTools protocol, so the page
// sees trusted input events.
(() => {
  if (window.__assentAudit) return;
  const refs = [];

  const CONSENT_WORDS = /cookie|consent|privacy|gdpr|tracking|datenschutz|einwillig|zustimm|confidentialit|consentement|traceur|privacidad|consentimiento|riservatezza|consenso|toestemming|prywatno|zgod|samtyck|integritet|souhlas/i;
  const ROLE_PATTERNS = [
    ['reject', /\b(reject|decline|deny|refuse|disagree)\b|no,? thanks|\b(only|just) (the )?(strictly )?(necessary|essential|required)\b|\b(necessary|essential|required) (cookies )?only\b|continue without (accepting|agreeing)|ablehnen|nur (notwendige|erforderliche|essenzielle)|verweigern|refuser|continuer sans accepter|rechazar|rifiut|weiger|alleen (noodzakelijke|functionele)|odrzu|avvisa|avböj|afvis|hylkää|odmítnout|respinge/],
    ['save', /^(save|confirm|submit)\b|save (my )?(settings|preferences|choices|selection)|confirm (my )?(choices|selection)|accept selected|allow selection|auswahl (speichern|bestätigen|erlauben)|speichern|enregistrer|valider|guardar|salva|opslaan|zapisz|spara/],
    ['preferences', /settings|preferences|customi[sz]e|personali[sz]e|manage|options|show details|choose|configure|einstellungen|anpassen|optionen|personnaliser|param[eè]tr|g[eé]rer|configurar|personalizar|gestisci|personalizza|instellingen|beheren|ustawienia|inställningar/],
    ['accept', /\b(accept|allow|agree|consent|ok|okay|got it|understood|continue)\b|alle akzeptieren|akzeptieren|zustimmen|einverstanden|annehmen|accepter|j'accepte|autoriser|d'accord|aceptar|acepto|accetta|accetto|consenti|accepteren|akkoord|akceptuj|zgadzam|godkänn|acceptera|tillåt/],
  ];
  const ID_HINTS = [['reject', /reject|decline|deny|refuse|necessary-only|only-necessary/i], ['accept', /accept|allow-all|agree/i]];
  const ASSENT_ACTIONS = {'accept-all': 'accept', 'reject-all': 'reject', 'preferences': 'preferences', 'save': 'save'};
  const WITHDRAW = /cookies? ?(settings|preferences|choices|consent)|privacy (settings|choices|preferences)|(manage|change|update|edit|withdraw|revoke) (my )?(cookies|consent|privacy|preferences|choices)|your privacy choices|consent (settings|preferences)|cookie-einstellungen|datenschutz-einstellungen|einwilligung (widerrufen|ändern)|(gestion|param[eè]tres|pr[eé]f[eé]rences) (des )?cookies|g[eé]rer (les )?cookies|configuraci[oó]n de cookies|preferencias de cookies|impostazioni (dei )?cookie|cookie-?(instellingen|voorkeuren)/i;
  const WITHDRAW_ATTR = /revisit|reopen|cc-revoke|ot-floating|cookiebotwidget|cky-btn-revisit|consent-(badge|icon|floating)|cookie-(badge|icon|floating)/i;
  const NECESSARY = /necessary|essential|required|notwendig|erforderlich|nécessaire|strictement|necesari|necessari|noodzakelijk|niezbędn/i;
  const KNOWN_BANNERS = /onetrust|cookiebot|usercentrics|didomi|cookieyes|cky-consent|axeptio|iubenda|cmplz|borlabs|klaro|tarteaucitron|termly|quantcast|sp_message|cc-window|cc_div|cookie-?consent|cookie-?banner|consent-?banner|gdpr|cmp/i;

  const norm = (s) => (s || '').replace(/\s+/g, ' ').trim();
  const parentOf = (el) => el.parentElement || (el.getRootNode() instanceof ShadowRoot ? el.getRootNode().host : null);

  function each(root, fn) {
    for (const el of root.querySelectorAll('*')) {
      fn(el);
      if (el.shadowRoot) each(el.shadowRoot, fn);
    }
  }
  function within(el, fn) {
    fn(el);
    if (el.shadowRoot) each(el.shadowRoot, fn);
    each(el, fn);
  }
  function visible(el) {
    const r = el.getBoundingClientRect();
    if (r.width < 2 || r.height < 2) return false;
    if (el.checkVisibility) return el.checkVisibility({opacityProperty: true, visibilityProperty: true});
    const cs = getComputedStyle(el);
    return cs.visibility !== 'hidden' && cs.display !== 'none' && parseFloat(cs.opacity) > 0.05;
  }
  function deepText(node) {
    let out = '';
    const visit = (n) => {
      if (n.nodeType === 3) { out += n.data; return; }
      if (n.nodeType !== 1 && n.nodeType !== 11) return;
      if (n.nodeType === 1) {
        const cs = getComputedStyle(n);
        if (cs.display === 'none' || cs.visibility === 'hidden') return;
        if (n.tagName === 'SCRIPT' || n.tagName === 'STYLE' || n.tagName === 'TEMPLATE') return;
        if (n.tagName === 'SLOT') { for (const a of n.assignedNodes({flatten: true})) visit(a); return; }
        if (n.shadowRoot) { visit(n.shadowRoot); out += ' '; return; }
        if (/^(BUTTON|A|P|DIV|LI|H\d|LABEL|SECTION)$/.test(n.tagName)) out += ' ';
      }
      for (const c of n.childNodes) visit(c);
    };
    visit(node);
    return norm(out);
  }
  function cssPath(el) {
    const parts = [];
    let cur = el, seg = [];
    while (cur) {
      if (cur.nodeType !== 1) break;
      const root = cur.getRootNode();
      let s = cur.tagName.toLowerCase();
      if (cur.id && root.querySelectorAll('#' + CSS.escape(cur.id)).length === 1) {
        seg.unshift('#' + CSS.escape(cur.id));
      } else {
        const p = cur.parentElement;
        if (p) {
          const same = Array.from(p.children).filter((c) => c.tagName === cur.tagName);
          if (same.length > 1) s += ':nth-of-type(' + (same.indexOf(cur) + 1) + ')';
        }
        seg.unshift(s);
      }
      if (seg[0].startsWith('#') || !cur.parentElement) {
        parts.unshift(seg.join(' > '));
        seg = [];
        if (root instanceof ShadowRoot) { cur = root.host; continue; }
        break;
      }
      cur = cur.parentElement;
    }
    return parts.join(' >>> ');
  }
  function inShadow(el) { return el.getRootNode() instanceof ShadowRoot; }
  function rect(el) {
    const r = el.getBoundingClientRect();
    return {x: r.x, y: r.y, width: r.width, height: r.height};
  }
  function ref(el) {
    let i = refs.indexOf(el);
    if (i < 0) { refs.push(el); i = refs.length - 1; }
    return i;
  }
  function parseRGBA(s) {
    const m = /rgba?\(([^)]+)\)/.exec(s || '');
    if (!m) return null;
    const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(parseFloat);
    return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1};
  }
  // effectiveBackground composes the element's and its ancestors' background colours (over white).
  function effectiveBackground(el) {
    const layers = [];
    for (let cur = el; cur; cur = parentOf(cur)) {
      const c = parseRGBA(getComputedStyle(cur).backgroundColor);
      if (c && c.a > 0) { layers.push(c); if (c.a >= 1) break; }
    }
    let r = 255, g = 255, b = 255;
    for (let i = layers.length - 1; i >= 0; i--) {
      const c = layers[i];
      r = c.r * c.a + r * (1 - c.a); g = c.g * c.a + g * (1 - c.a); b = c.b * c.a + b * (1 - c.a);
    }
    return 'rgb(' + Math.round(r) + ', ' + Math.round(g) + ', ' + Math.round(b) + ')';
  }
  function measure(el) {
    const cs = getComputedStyle(el);
    const own = parseRGBA(cs.backgroundColor);
    const bc = parseRGBA(cs.borderTopColor);
    const border = parseFloat(cs.borderTopWidth) > 0 && cs.borderTopStyle !== 'none' && !!bc && bc.a > 0.1;
    return {
      width: Math.round(el.getBoundingClientRect().width * 100) / 100,
      height: Math.round(el.getBoundingClientRect().height * 100) / 100,
      font_size: parseFloat(cs.fontSize), font_weight: parseInt(cs.fontWeight, 10) || 400,
      color: cs.color, background: effectiveBackground(el),
      filled: !!(own && own.a > 0.1), bordered: border,
      underlined: cs.textDecorationLine.includes('underline'),
    };
  }
  function label(el) {
    return norm(el.getAttribute('aria-label') || deepText(el) || el.value || el.title || '');
  }
  function classify(el) {
    const act = el.getAttribute('data-assent-action');
    if (act && ASSENT_ACTIONS[act]) return ASSENT_ACTIONS[act];
    // What the visitor reads first (the visible text), then the accessible name (which may differ: Osano's
    // "Got it" is labelled "dismiss cookie message").
    for (const raw of [deepText(el) || el.value || el.title || '', el.getAttribute('aria-label') || '']) {
      const t = norm(raw).toLowerCase();
      if (!t || t.length > 60) continue;
      for (const [role, re] of ROLE_PATTERNS) if (re.test(t)) return role;
    }
    const hint = (el.id || '') + ' ' + (typeof el.className === 'string' ? el.className : '');
    for (const [role, re] of ID_HINTS) if (re.test(hint)) return role;
    return '';
  }
  function clickable(el) {
    const tag = el.tagName;
    if (tag === 'BUTTON' || (tag === 'A' && el.hasAttribute('href'))) return true;
    if (tag === 'INPUT' && /^(button|submit)$/i.test(el.type)) return true;
    const role = el.getAttribute('role');
    return role === 'button' || el.hasAttribute('data-assent-action') || (el.hasAttribute('onclick') && tag !== 'BODY');
  }
  // actionable: a control by its markup, or an element that looks clickable (pointer cursor, not inherited from a
  // clickable ancestor) such as a consent manager's floating "Cookie settings" tab built from a div with a listener.
  function actionable(el) {
    if (clickable(el)) return true;
    if (getComputedStyle(el).cursor !== 'pointer') return false;
    const p = parentOf(el);
    return !p || getComputedStyle(p).cursor !== 'pointer';
  }
  function blockAncestor(el) {
    let p = parentOf(el);
    while (p && getComputedStyle(p).display.startsWith('inline')) p = parentOf(p);
    return p;
  }
  function inRunningText(el, m) {
    const linkish = el.tagName === 'A' || (!m.filled && !m.bordered);
    if (!linkish) return false;
    const block = blockAncestor(el);
    if (!block) return false;
    const letters = (s) => s.replace(/[^\p{L}]/gu, '').length;
    return letters(deepText(block)) - letters(label(el)) >= 25;
  }
  function controls(root) {
    const out = [];
    const seen = new Set();
    within(root, (el) => {
      if (!clickable(el) || !visible(el)) return;
      for (let p = parentOf(el); p && p !== root; p = parentOf(p)) if (seen.has(p)) return;
      seen.add(el);
      const role = classify(el);
      if (!role) return;
      const m = measure(el);
      out.push({
        ref: ref(el), role, text: label(el).slice(0, 120), tag: el.tagName.toLowerCase(), selector: cssPath(el),
        link: el.tagName === 'A' || (!m.filled && !m.bordered && m.underlined),
        in_running_text: inRunningText(el, m), measure: m, region: rect(el),
      });
    });
    return out;
  }
  function toggles(root) {
    const out = [];
    within(root, (el) => {
      const isBox = el.tagName === 'INPUT' && el.type === 'checkbox';
      const role = el.getAttribute('role');
      const isSwitch = role === 'switch' || role === 'checkbox';
      if (!isBox && !isSwitch) return;
      const checked = isBox ? el.checked : el.getAttribute('aria-checked') === 'true';
      const disabled = isBox ? el.disabled : el.getAttribute('aria-disabled') === 'true';
      let lab = el.getAttribute('aria-label') || '';
      if (!lab && el.labels && el.labels.length) lab = deepText(el.labels[0]);
      if (!lab && el.getAttribute('aria-labelledby')) {
        const l = el.getRootNode().getElementById(el.getAttribute('aria-labelledby'));
        if (l) lab = deepText(l);
      }
      let shown = el;
      if (!visible(el)) shown = (el.labels && el.labels[0]) || el.closest('label') || parentOf(el);
      if (!lab && shown) lab = deepText(blockAncestor(el) || shown);
      if (!shown || !visible(shown)) return;
      out.push({
        label: norm(lab).slice(0, 120), checked, disabled, purpose: el.getAttribute('data-assent-purpose') || '',
        necessary: NECESSARY.test(lab), selector: cssPath(el), region: rect(shown),
      });
    });
    return out;
  }
  function candidates() {
    const list = [];
    const add = (el) => {
      if (!visible(el) || clickable(el) || el.getAttribute('data-assent') === 'reopen') return;
      const cs = getComputedStyle(el);
      const role = el.getAttribute('role');
      const dialog = role === 'dialog' || role === 'alertdialog' || el.getAttribute('aria-modal') === 'true' || el.tagName === 'DIALOG';
      const overlay = cs.position === 'fixed' || cs.position === 'sticky';
      const hint = (el.id || '') + ' ' + (typeof el.className === 'string' ? el.className : '');
      const assent = el.getAttribute('data-assent') === 'banner' || el.getAttribute('data-assent') === 'preferences';
      if (!dialog && !overlay && !assent && !KNOWN_BANNERS.test(hint)) return;
      list.push({el, dialog, overlay, assent, known: KNOWN_BANNERS.test(hint)});
    };
    each(document, add);
    return list;
  }
  function describe(c) {
    const text = deepText(c.el);
    const ctrls = controls(c.el);
    const roles = new Set(ctrls.map((x) => x.role));
    let score = 0;
    const reasons = [];
    if (c.assent) { score += 6; reasons.push('assent_hook'); }
    if (c.dialog) { score += 2; reasons.push('dialog_role'); }
    if (c.overlay) { score += 1; reasons.push('fixed_or_sticky'); }
    if (c.known) { score += 2; reasons.push('known_cmp_selector'); }
    if (CONSENT_WORDS.test(text)) { score += 3; reasons.push('consent_wording'); }
    if (roles.has('accept')) { score += 2; reasons.push('accept_control'); }
    if (roles.has('reject')) score += 1;
    if (roles.has('preferences')) score += 1;
    const t = toggles(c.el);
    if (t.length) score += 1;
    const r = rect(c.el);
    return {
      ref: ref(c.el), score, reasons, selector: cssPath(c.el), in_shadow_root: inShadow(c.el),
      role: c.el.getAttribute('role') || (c.el.tagName === 'DIALOG' ? 'dialog' : ''),
      assent: c.assent ? c.el.getAttribute('data-assent') : '',
      text: text.slice(0, 600), lang: (c.el.closest && c.el.closest('[lang]')?.getAttribute('lang')) || document.documentElement.lang || '',
      region: r, area: r.width * r.height, controls: ctrls, toggles: t,
      consent_wording: CONSENT_WORDS.test(text),
    };
  }
  const api = {
    // findBanner returns the most likely consent dialog visible now, or null. after (a ref, or -1) is the layer the
    // visitor just left: when it is still shown beside another candidate, the other one is what the click opened
    // (tarteaucitron opens its panel over its alert).
    findBanner(preferToggles, after = -1) {
      let best = null;
      for (const c of candidates()) {
        const d = describe(c);
        if (!d.consent_wording && !d.controls.some((x) => x.role === 'accept' || x.role === 'reject')) continue;
        if (d.score < 5) continue;
        if (preferToggles && d.toggles.length) d.score += 3;
        if (d.ref === after || (after >= 0 && refs[after] && refs[after].contains(c.el))) d.score -= 3;
        if (!best || d.score > best.score || (d.score === best.score && d.area < best.area)) best = d;
      }
      return best;
    },
    // iframes lists visible iframes that look like a consent manager's (their content is not inspected).
    consentIframes() {
      const out = [];
      each(document, (el) => {
        if (el.tagName === 'IFRAME' && visible(el) && /consent|cmp|cookie|privacy|sp_message|didomi|onetrust/i.test(el.src + ' ' + el.id + ' ' + el.title)) out.push(el.src || el.id);
      });
      return out;
    },
    refEl(i) { return refs[i]; },
    isVisible(i) { const el = refs[i]; return !!el && el.isConnected && visible(el); },
    prepare(i) {
      const el = refs[i];
      if (!el || !el.isConnected) return null;
      el.scrollIntoView({block: 'center', inline: 'center'});
      return rect(el);
    },
    activeIs(i) {
      let a = document.activeElement;
      while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
      const el = refs[i];
      return !!el && (a === el || (a && el.contains(a)));
    },
    focusStart() { if (document.activeElement && document.activeElement.blur) document.activeElement.blur(); window.focus(); },
    toggles(i) { return refs[i] ? toggles(refs[i]) : []; },
    untickAll(i) {
      let n = 0;
      for (const t of refs[i] ? [refs[i]] : []) within(t, (el) => {
        if (el.tagName === 'INPUT' && el.type === 'checkbox' && el.checked && !el.disabled) { el.click(); n++; }
        if (el.getAttribute('role') === 'switch' && el.getAttribute('aria-checked') === 'true' && el.getAttribute('aria-disabled') !== 'true') { el.click(); n++; }
      });
      return n;
    },
    findReopen() {
      const out = [];
      each(document, (el) => {
        if (!visible(el)) return;
        const hook = el.getAttribute('data-assent') === 'reopen' || el.hasAttribute('data-assent-open');
        const hint = (el.id || '') + ' ' + (typeof el.className === 'string' ? el.className : '');
        const act = actionable(el);
        const byText = act && WITHDRAW.test(label(el).slice(0, 80));
        if (hook || byText || (act && WITHDRAW_ATTR.test(hint))) {
          out.push({ref: ref(el), text: label(el).slice(0, 120), selector: cssPath(el), region: rect(el), hook});
        }
      });
      out.sort((a, b) => (b.hook ? 1 : 0) - (a.hook ? 1 : 0));
      return out.slice(0, 3);
    },
    sameSiteLinks(site) {
      const out = [];
      const here = location.href.split('#')[0];
      each(document, (el) => {
        if (el.tagName !== 'A' || !el.href || !visible(el)) return;
        let u;
        try { u = new URL(el.href, location.href); } catch (e) { return; }
        if (!/^https?:$/.test(u.protocol)) return;
        const h = u.hostname;
        if (h !== site && !h.endsWith('.' + site)) return;
        const s = u.href.split('#')[0];
        if (s === here || out.includes(s)) return;
        out.push(s);
      });
      return out;
    },
    async storage() {
      const keys = (s) => { const k = []; try { for (let i = 0; i < s.length; i++) k.push(s.key(i)); } catch (e) {} return k; };
      let idb = [];
      try { idb = (await indexedDB.databases()).map((d) => d.name); } catch (e) {}
      let ls = [], ss = [];
      try { ls = keys(localStorage); } catch (e) {}
      try { ss = keys(sessionStorage); } catch (e) {}
      return {local_storage: ls, session_storage: ss, indexeddb: idb};
    },
    consentMode() {
      const dl = window.dataLayer;
      if (!Array.isArray(dl)) return {present: false, commands: []};
      const cmds = [];
      for (const e of dl) {
        if (e && Object.prototype.toString.call(e) === '[object Arguments]') {
          const a = Array.from(e);
          const c = {command: String(a[0]), action: typeof a[1] === 'string' ? a[1] : '', params: {}};
          if (a[0] === 'consent' && a[2] && typeof a[2] === 'object') {
            for (const [k, v] of Object.entries(a[2])) if (typeof v === 'string') c.params[k] = v;
          }
          cmds.push(c);
        } else if (e && typeof e === 'object' && typeof e.event === 'string') {
          cmds.push({command: 'datalayer_event', action: e.event, params: {}});
        }
      }
      return {present: true, commands: cmds};
    },
    async assent() {
      const a = window.Assent;
      if (!a) return {present: false};
      const out = {present: true, state: null, records: null, error: ''};
      try { await Promise.race([a.ready, new Promise((r) => setTimeout(r, 3000))]); } catch (e) { out.error = String(e); }
      try { out.state = a.get(); } catch (e) { out.error = String(e); }
      try { out.records = await Promise.race([a.records(), new Promise((r) => setTimeout(() => r(null), 3000))]); } catch (e) { out.error = String(e); }
      return JSON.parse(JSON.stringify(out));
    },
    env() {
      let webgl = 'none';
      try {
        const c = document.createElement('canvas').getContext('webgl');
        const d = c && c.getExtension('WEBGL_debug_renderer_info');
        webgl = d ? String(c.getParameter(d.UNMASKED_RENDERER_WEBGL)) : (c ? 'unknown' : 'none');
      } catch (e) { webgl = 'error'; }
      return {
        webdriver: navigator.webdriver === true, user_agent: navigator.userAgent,
        brands: ((navigator.userAgentData && navigator.userAgentData.brands) || []).map((b) => b.brand),
        plugins: navigator.plugins ? navigator.plugins.length : 0, languages: Array.from(navigator.languages || []),
        window_chrome: typeof window.chrome === 'object', outer_width: window.outerWidth, outer_height: window.outerHeight,
        webgl_renderer: webgl, notification_permission: typeof Notification === 'undefined' ? 'none' : Notification.permission,
        gpc: navigator.globalPrivacyControl === true, viewport: [innerWidth, innerHeight],
      };
    },
  };
  Object.defineProperty(window, '__assentAudit', {value: api, enumerable: false, configurable: false});
})();
