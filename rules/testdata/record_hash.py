# Independent derivation of the constants in rules/record_test.go (TestRecordHashFixed).
# Run: python3 rules/testdata/record_hash.py
# Python's json.dumps with sort_keys, compact separators and ensure_ascii=False is RFC 8785 for this record:
# every key is ASCII (so code-point order is UTF-16 order), every number is an integer or a short decimal that
# Python and ECMAScript print alike, and Python escapes strings as JCS does (", \, controls as \n or \u00xx).
import hashlib, json

record = {
    "v": 1,
    "id": "3f0c6f1e-9d7a-4f7e-8a53-2b1f0e6c9a11",
    "site": "shop.example",
    "subject": "k3J9xQ2mVb7Tz1LwPq8sYA",
    "time": "2026-11-23T10:00:00.000Z",
    "action": "reject_all",
    "purposes": {"necessary": True, "analytics": False, "marketing": False},
    "jurisdiction": "FR",
    "decision": {"model": "opt_in", "rules": ["EU.ePrivacy.5.3", "FR.CNIL.2020-092"]},
    "revision": "2026-11-01 \u00e9t\u00e9\n\"v2\"",
    "language": "fr",
    "notice_hash": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    "ui": {"layer": 1,
           "accept": {"width": 120, "height": 40, "font_size": 16.5, "font_weight": 600,
                      "color": "#ffffff", "background": "#1a56db"},
           "reject": {"width": 118.25, "height": 40, "font_size": 16.5, "font_weight": 600,
                      "color": "#ffffff", "background": "#1a56db", "kind": "button"}},
    "signals": {"gpc": True, "consent_mode": {"ad_storage": "denied", "analytics_storage": "denied"}},
    "form": None,
    "prev": "",
}
canon = json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
print(canon.decode("utf-8"))
print(hashlib.sha256(canon).hexdigest())
