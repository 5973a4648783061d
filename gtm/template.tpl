___TERMS_OF_SERVICE___

By creating or modifying this file you agree to Google Tag Manager's Community
Template Gallery Developer Terms of Service available at
https://developers.google.com/tag-manager/gallery-tos (or such other URL as
Google may provide), as modified from time to time.


___INFO___

{
  "type": "TAG",
  "id": "cvt_temp_public_id",
  "version": 1,
  "securityGroups": [],
  "displayName": "Assent Consent Mode",
  "categories": [
    "TAG_MANAGEMENT",
    "UTILITY"
  ],
  "brand": {
    "id": "assent",
    "displayName": "Assent"
  },
  "description": "Loads the Assent consent banner and sets Google Consent Mode v2: every type denied by default in the EEA, the UK and Switzerland, the other regions as you set them, ads_data_redaction and url_passthrough; each visitor choice is sent with updateConsentState. Fire it on the Consent Initialization - All Pages trigger.",
  "containerContexts": [
    "WEB"
  ]
}


___TEMPLATE_PARAMETERS___

[
  {
    "type": "TEXT",
    "name": "endpoint",
    "displayName": "Assent endpoint",
    "simpleValueType": true,
    "alwaysInSummary": true,
    "help": "Where assent serve or the Assent Worker runs, e.g. https://consent.example (https only).",
    "valueHint": "https://consent.example",
    "valueValidators": [
      {
        "type": "NON_EMPTY"
      },
      {
        "type": "REGEX",
        "args": [
          "^https://[^/?#]+/?$"
        ],
        "errorMessage": "https://HOST, nothing after the host"
      }
    ]
  },
  {
    "type": "TEXT",
    "name": "site",
    "displayName": "Site",
    "simpleValueType": true,
    "alwaysInSummary": true,
    "help": "The site's name as registered with the endpoint (its config's \"site\"), e.g. shop.example.",
    "valueHint": "shop.example",
    "valueValidators": [
      {
        "type": "NON_EMPTY"
      },
      {
        "type": "REGEX",
        "args": [
          "^[A-Za-z0-9.-]+$"
        ]
      }
    ]
  },
  {
    "type": "GROUP",
    "name": "defaultsGroup",
    "displayName": "Consent Mode defaults",
    "groupStyle": "ZIPPY_OPEN",
    "subParams": [
      {
        "type": "LABEL",
        "name": "strictLabel",
        "displayName": "The EEA (EU 27, Iceland, Liechtenstein, Norway), the United Kingdom and Switzerland: every type denied until the visitor chooses (ePrivacy Directive Art. 5(3), UK PECR reg. 6). Regions below that name one of these countries are ignored for it."
      },
      {
        "type": "PARAM_TABLE",
        "name": "regionDefaults",
        "displayName": "Other regions (ISO 3166-2, comma-separated, e.g. US-CA, BR)",
        "paramTableColumns": [
          {
            "param": {
              "type": "TEXT",
              "name": "region",
              "displayName": "Region",
              "simpleValueType": true,
              "valueValidators": [
                {
                  "type": "NON_EMPTY"
                }
              ]
            },
            "isUnique": true
          },
          {
            "param": {
              "type": "SELECT",
              "name": "ad_storage",
              "displayName": "ad_storage",
              "macrosInSelect": false,
              "selectItems": [
                {
                  "value": "denied",
                  "displayValue": "Denied"
                },
                {
                  "value": "granted",
                  "displayValue": "Granted"
                }
              ],
              "simpleValueType": true,
              "defaultValue": "denied"
            },
            "isUnique": false
          },
          {
            "param": {
              "type": "SELECT",
              "name": "ad_user_data",
              "displayName": "ad_user_data",
              "macrosInSelect": false,
              "selectItems": [
                {
                  "value": "denied",
                  "displayValue": "Denied"
                },
                {
                  "value": "granted",
                  "displayValue": "Granted"
                }
              ],
              "simpleValueType": true,
              "defaultValue": "denied"
            },
            "isUnique": false
          },
          {
            "param": {
              "type": "SELECT",
              "name": "ad_personalization",
              "displayName": "ad_personalization",
              "macrosInSelect": false,
              "selectItems": [
                {
                  "value": "denied",
                  "displayValue": "Denied"
                },
                {
                  "value": "granted",
                  "displayValue": "Granted"
                }
              ],
              "simpleValueType": true,
              "defaultValue": "denied"
            },
            "isUnique": false
          },
          {
            "param": {
              "type": "SELECT",
              "name": "analytics_storage",
              "displayName": "analytics_storage",
              "macrosInSelect": false,
              "selectItems": [
                {
                  "value": "denied",
                  "displayValue": "Denied"
                },
                {
                  "value": "granted",
                  "displayValue": "Granted"
                }
              ],
              "simpleValueType": true,
              "defaultValue": "denied"
            },
            "isUnique": false
          },
          {
            "param": {
              "type": "SELECT",
              "name": "functionality_storage",
              "displayName": "functionality_storage",
              "macrosInSelect": false,
              "selectItems": [
                {
                  "value": "denied",
                  "displayValue": "Denied"
                },
                {
                  "value": "granted",
                  "displayValue": "Granted"
                }
              ],
              "simpleValueType": true,
              "defaultValue": "denied"
            },
            "isUnique": false
          },
          {
            "param": {
              "type": "SELECT",
              "name": "personalization_storage",
              "displayName": "personalization_storage",
              "macrosInSelect": false,
              "selectItems": [
                {
                  "value": "denied",
                  "displayValue": "Denied"
                },
                {
                  "value": "granted",
                  "displayValue": "Granted"
                }
              ],
              "simpleValueType": true,
              "defaultValue": "denied"
            },
            "isUnique": false
          }
        ]
      },
      {
        "type": "GROUP",
        "name": "restGroup",
        "displayName": "Everywhere else",
        "groupStyle": "NO_ZIPPY",
        "subParams": [
          {
            "type": "SELECT",
            "name": "default_ad_storage",
            "displayName": "ad_storage",
            "macrosInSelect": false,
            "selectItems": [
              {
                "value": "denied",
                "displayValue": "Denied"
              },
              {
                "value": "granted",
                "displayValue": "Granted"
              }
            ],
            "simpleValueType": true,
            "defaultValue": "denied"
          },
          {
            "type": "SELECT",
            "name": "default_ad_user_data",
            "displayName": "ad_user_data",
            "macrosInSelect": false,
            "selectItems": [
              {
                "value": "denied",
                "displayValue": "Denied"
              },
              {
                "value": "granted",
                "displayValue": "Granted"
              }
            ],
            "simpleValueType": true,
            "defaultValue": "denied"
          },
          {
            "type": "SELECT",
            "name": "default_ad_personalization",
            "displayName": "ad_personalization",
            "macrosInSelect": false,
            "selectItems": [
              {
                "value": "denied",
                "displayValue": "Denied"
              },
              {
                "value": "granted",
                "displayValue": "Granted"
              }
            ],
            "simpleValueType": true,
            "defaultValue": "denied"
          },
          {
            "type": "SELECT",
            "name": "default_analytics_storage",
            "displayName": "analytics_storage",
            "macrosInSelect": false,
            "selectItems": [
              {
                "value": "denied",
                "displayValue": "Denied"
              },
              {
                "value": "granted",
                "displayValue": "Granted"
              }
            ],
            "simpleValueType": true,
            "defaultValue": "denied"
          },
          {
            "type": "SELECT",
            "name": "default_functionality_storage",
            "displayName": "functionality_storage",
            "macrosInSelect": false,
            "selectItems": [
              {
                "value": "denied",
                "displayValue": "Denied"
              },
              {
                "value": "granted",
                "displayValue": "Granted"
              }
            ],
            "simpleValueType": true,
            "defaultValue": "denied"
          },
          {
            "type": "SELECT",
            "name": "default_personalization_storage",
            "displayName": "personalization_storage",
            "macrosInSelect": false,
            "selectItems": [
              {
                "value": "denied",
                "displayValue": "Denied"
              },
              {
                "value": "granted",
                "displayValue": "Granted"
              }
            ],
            "simpleValueType": true,
            "defaultValue": "denied"
          }
        ]
      },
      {
        "type": "TEXT",
        "name": "waitForUpdate",
        "displayName": "wait_for_update",
        "simpleValueType": true,
        "defaultValue": 500,
        "valueUnit": "ms",
        "help": "How long Google tags wait for the visitor's stored choice before they use the defaults.",
        "valueValidators": [
          {
            "type": "NON_NEGATIVE_NUMBER"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "adsDataRedaction",
        "checkboxText": "ads_data_redaction (redact ad click identifiers while ad_storage is denied)",
        "simpleValueType": true,
        "defaultValue": true
      },
      {
        "type": "CHECKBOX",
        "name": "urlPassthrough",
        "checkboxText": "url_passthrough (pass ad click information in URLs while storage is denied)",
        "simpleValueType": true,
        "defaultValue": false
      }
    ]
  },
  {
    "type": "GROUP",
    "name": "mapGroup",
    "displayName": "Purposes to Consent Mode types",
    "groupStyle": "ZIPPY_CLOSED",
    "subParams": [
      {
        "type": "LABEL",
        "name": "mapLabel",
        "displayName": "Which Consent Mode types each of the config's purposes grants. Empty: analytics and statistics grant analytics_storage; marketing and advertising ad_storage, ad_user_data and ad_personalization; functional and preferences functionality_storage; personalization personalization_storage. A purpose not listed grants nothing."
      },
      {
        "type": "PARAM_TABLE",
        "name": "purposeMap",
        "displayName": "",
        "paramTableColumns": [
          {
            "param": {
              "type": "TEXT",
              "name": "purpose",
              "displayName": "Purpose id",
              "simpleValueType": true,
              "valueValidators": [
                {
                  "type": "NON_EMPTY"
                }
              ]
            },
            "isUnique": true
          },
          {
            "param": {
              "type": "TEXT",
              "name": "consentTypes",
              "displayName": "Consent Mode types (comma-separated)",
              "simpleValueType": true,
              "valueValidators": [
                {
                  "type": "NON_EMPTY"
                }
              ]
            },
            "isUnique": false
          }
        ]
      }
    ]
  }
]


___SANDBOXED_JS_FOR_WEB_TEMPLATE___

// Assent Consent Mode template: sets Google Consent Mode defaults per region at Consent Initialization, loads the
// Assent site loader and sends every choice to Tag Manager with updateConsentState.
const setDefaultConsentState = require('setDefaultConsentState');
const updateConsentState = require('updateConsentState');
const gtagSet = require('gtagSet');
const injectScript = require('injectScript');
const callInWindow = require('callInWindow');
const queryPermission = require('queryPermission');
const encodeUriComponent = require('encodeUriComponent');
const logToConsole = require('logToConsole');
const makeNumber = require('makeNumber');
const makeString = require('makeString');

// The Consent Mode types Assent manages (security_storage is always granted: strictly necessary).
const TYPES = ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage', 'functionality_storage',
  'personalization_storage'];
// Where Assent's rules apply (the EU 27, Iceland, Liechtenstein, Norway, the United Kingdom, Switzerland): every
// type denied until the visitor chooses (ePrivacy Directive 2002/58/EC Art. 5(3), UK PECR reg. 6, Swiss FADP).
const STRICT = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV',
  'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO', 'GB', 'CH'];
// Purpose ids to Consent Mode types when the template's table is empty (Assent's own reading of these ids).
const DEFAULT_MAP = [
  {purpose: 'analytics', consentTypes: 'analytics_storage'},
  {purpose: 'statistics', consentTypes: 'analytics_storage'},
  {purpose: 'marketing', consentTypes: 'ad_storage, ad_user_data, ad_personalization'},
  {purpose: 'advertising', consentTypes: 'ad_storage, ad_user_data, ad_personalization'},
  {purpose: 'functional', consentTypes: 'functionality_storage'},
  {purpose: 'preferences', consentTypes: 'functionality_storage'},
  {purpose: 'personalization', consentTypes: 'personalization_storage'}
];

const list = (s) => makeString(s || '').split(',').map((x) => x.trim()).filter((x) => x.length > 0);
const oneOf = (v) => v === 'granted' ? 'granted' : 'denied';
const wait = makeNumber(data.waitForUpdate);

// 1. Defaults, before anything else: the strict regions all denied, then the site's own regions, then the rest.
const strict = {region: STRICT, security_storage: 'granted'};
TYPES.forEach((t) => { strict[t] = 'denied'; });
if (wait > 0) strict.wait_for_update = wait;
setDefaultConsentState(strict);

(data.regionDefaults || []).forEach((row) => {
  const regions = list(row.region).map((r) => r.toUpperCase()).filter((r) => {
    const country = r.split('-')[0];
    if (STRICT.indexOf(country) < 0) return true;
    logToConsole('Assent template: region ' + r + ' keeps the denied default (the EEA, the UK and Switzerland always do)');
    return false;
  });
  if (regions.length === 0) return;
  const d = {region: regions, security_storage: 'granted'};
  TYPES.forEach((t) => { d[t] = oneOf(row[t]); });
  if (wait > 0) d.wait_for_update = wait;
  setDefaultConsentState(d);
});

const rest = {security_storage: 'granted'};
TYPES.forEach((t) => { rest[t] = oneOf(data['default_' + t]); });
if (wait > 0) rest.wait_for_update = wait;
setDefaultConsentState(rest);

gtagSet('ads_data_redaction', data.adsDataRedaction === true);
gtagSet('url_passthrough', data.urlPassthrough === true);

// 2. Every choice (and a returning visitor's stored one) becomes a Consent Mode update.
const rows = data.purposeMap && data.purposeMap.length > 0 ? data.purposeMap : DEFAULT_MAP;
const update = (state) => {
  if (!state || state.decided !== true || !state.purposes) return;
  const out = {};
  TYPES.forEach((t) => { out[t] = 'denied'; });
  rows.forEach((row) => {
    if (state.purposes[row.purpose] !== true) return;
    list(row.consentTypes).forEach((t) => { if (TYPES.indexOf(t) >= 0) out[t] = 'granted'; });
  });
  updateConsentState(out);
};

// 3. The site loader: https://ENDPOINT/v1/sites/SITE/assent.js.
let endpoint = makeString(data.endpoint || '').trim();
while (endpoint.length > 0 && endpoint.charAt(endpoint.length - 1) === '/') endpoint = endpoint.substring(0, endpoint.length - 1);
const site = makeString(data.site || '').trim();
const url = endpoint + '/v1/sites/' + encodeUriComponent(site) + '/assent.js';
if (endpoint.indexOf('https://') !== 0 || endpoint.length <= 8 || site.length === 0 || !queryPermission('inject_script', url)) {
  logToConsole('Assent template: endpoint must be https://HOST and site the site\'s name; not loading ' + url);
  data.gtmOnFailure();
} else {
  injectScript(url, () => {
    update(callInWindow('Assent.get'));
    callInWindow('Assent.on', 'change', update);
    data.gtmOnSuccess();
  }, () => {
    logToConsole('Assent template: could not load ' + url);
    data.gtmOnFailure();
  }, 'assent');
}


___WEB_PERMISSIONS___

[
  {
    "instance": {
      "key": {
        "publicId": "access_consent",
        "versionId": "1"
      },
      "param": [
        {
          "key": "consentTypes",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "ad_storage"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "ad_user_data"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "ad_personalization"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "analytics_storage"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "functionality_storage"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "personalization_storage"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "security_storage"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "wait_for_update"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "write_data_layer",
        "versionId": "1"
      },
      "param": [
        {
          "key": "keyPatterns",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 1,
                "string": "ads_data_redaction"
              },
              {
                "type": 1,
                "string": "url_passthrough"
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "inject_script",
        "versionId": "1"
      },
      "param": [
        {
          "key": "urls",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 1,
                "string": "https://*/v1/sites/*/assent.js"
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "access_globals",
        "versionId": "1"
      },
      "param": [
        {
          "key": "keys",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "key"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  },
                  {
                    "type": 1,
                    "string": "execute"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "Assent.get"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "key"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  },
                  {
                    "type": 1,
                    "string": "execute"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "Assent.on"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "logging",
        "versionId": "1"
      },
      "param": [
        {
          "key": "environments",
          "value": {
            "type": 1,
            "string": "debug"
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  }
]


___TESTS___

scenarios:
- name: Defaults first (EEA, UK and CH denied), then the loader from endpoint and site
  code: |-
    let injected = '';
    mock('injectScript', (url, onSuccess) => { injected = url; onSuccess(); });
    mock('callInWindow', (path) => path === 'Assent.get' ? {decided: false, purposes: {}} : undefined);
    runCode(mockData);
    assertApi('setDefaultConsentState').wasCalledWith({region: ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE',
      'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES',
      'SE', 'IS', 'LI', 'NO', 'GB', 'CH'], ad_storage: 'denied', ad_user_data: 'denied',
      ad_personalization: 'denied', analytics_storage: 'denied', functionality_storage: 'denied',
      personalization_storage: 'denied', security_storage: 'granted', wait_for_update: 500});
    assertApi('gtagSet').wasCalledWith('ads_data_redaction', true);
    assertApi('gtagSet').wasCalledWith('url_passthrough', false);
    assertThat(injected).isEqualTo('https://consent.example/v1/sites/shop.example/assent.js');
    assertApi('updateConsentState').wasNotCalled();
    assertApi('gtmOnSuccess').wasCalled();
- name: Other regions and everywhere else as set; a strict country in a row keeps its denied default
  code: |-
    mockData.regionDefaults = [{region: 'us-ca, DE', ad_storage: 'denied', ad_user_data: 'denied',
      ad_personalization: 'denied', analytics_storage: 'granted', functionality_storage: 'granted',
      personalization_storage: 'denied'}];
    mockData.default_analytics_storage = 'granted';
    runCode(mockData);
    assertApi('setDefaultConsentState').wasCalledWith({region: ['US-CA'], ad_storage: 'denied',
      ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'granted',
      functionality_storage: 'granted', personalization_storage: 'denied', security_storage: 'granted',
      wait_for_update: 500});
    assertApi('setDefaultConsentState').wasCalledWith({ad_storage: 'denied', ad_user_data: 'denied',
      ad_personalization: 'denied', analytics_storage: 'granted', functionality_storage: 'denied',
      personalization_storage: 'denied', security_storage: 'granted', wait_for_update: 500});
- name: A returning visitor's stored choice is sent at once, and every change after it
  code: |-
    let listener;
    mock('injectScript', (url, onSuccess) => onSuccess());
    mock('callInWindow', (path, event, fn) => {
      if (path === 'Assent.get') return {decided: true, purposes: {necessary: true, analytics: true, marketing: false}};
      if (path === 'Assent.on' && event === 'change') listener = fn;
    });
    runCode(mockData);
    assertApi('updateConsentState').wasCalledWith({ad_storage: 'denied', ad_user_data: 'denied',
      ad_personalization: 'denied', analytics_storage: 'granted', functionality_storage: 'denied',
      personalization_storage: 'denied'});
    listener({decided: true, purposes: {necessary: true, analytics: false, marketing: true}});
    assertApi('updateConsentState').wasCalledWith({ad_storage: 'granted', ad_user_data: 'granted',
      ad_personalization: 'granted', analytics_storage: 'denied', functionality_storage: 'denied',
      personalization_storage: 'denied'});
- name: The purpose table replaces the built-in mapping
  code: |-
    let listener;
    mockData.purposeMap = [{purpose: 'media', consentTypes: 'personalization_storage, bogus'}];
    mock('injectScript', (url, onSuccess) => onSuccess());
    mock('callInWindow', (path, event, fn) => { if (path === 'Assent.on') listener = fn; });
    runCode(mockData);
    listener({decided: true, purposes: {analytics: true, media: true}});
    assertApi('updateConsentState').wasCalledWith({ad_storage: 'denied', ad_user_data: 'denied',
      ad_personalization: 'denied', analytics_storage: 'denied', functionality_storage: 'denied',
      personalization_storage: 'granted'});
- name: A bad endpoint still sets the defaults but loads nothing and fails the tag
  code: |-
    mockData.endpoint = 'http://consent.example';
    runCode(mockData);
    assertApi('setDefaultConsentState').wasCalled();
    assertApi('injectScript').wasNotCalled();
    assertApi('gtmOnFailure').wasCalled();
- name: The loader cannot be fetched
  code: |-
    mock('injectScript', (url, onSuccess, onFailure) => onFailure());
    runCode(mockData);
    assertApi('callInWindow').wasNotCalled();
    assertApi('gtmOnFailure').wasCalled();
    assertApi('gtmOnSuccess').wasNotCalled();
setup: |-
  const mockData = {
    endpoint: 'https://consent.example/',
    site: 'shop.example',
    waitForUpdate: '500',
    adsDataRedaction: true,
    urlPassthrough: false,
    regionDefaults: [],
    default_ad_storage: 'denied',
    default_ad_user_data: 'denied',
    default_ad_personalization: 'denied',
    default_analytics_storage: 'denied',
    default_functionality_storage: 'denied',
    default_personalization_storage: 'denied',
    purposeMap: []
  };


___NOTES___

Source: https://github.com/assent-dev/assent (gtm/template.tpl). Tested offline by scripts/e2e/gtm.test.mjs.
