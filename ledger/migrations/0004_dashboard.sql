-- Assent consent ledger, schema 4: the site owner's console. The dashboard's figures are counted per site and
-- day in two small tables that triggers keep up to date as entries are inserted (entries are never updated
-- but for their receipt, never deleted), so a view reads a few thousand rows whatever the site's size; and
-- the proof lookup finds a subject's chain by an index on the record's subject.
-- Portable: SQLite (assent serve) and D1 (the Worker). The trigger body holds no conditional expression
-- (wrangler's statement splitter would cut it short): the per-record figures come from the view.

-- A subject's records (GET /v1/log/{site}/chain?subject=).
CREATE INDEX IF NOT EXISTS entries_by_subject ON entries (site, json_extract(record, '$.subject'), idx);

-- One row per entry with the dimensions the dashboard counts by. day is the UTC date of the record's time
-- (when the choice was made); lag_ms is how long the record took to reach the ledger (logged_at - time).
CREATE VIEW IF NOT EXISTS consent_facts AS
SELECT site, idx, day, action, granted, refused, jurisdiction, language, revision, layer, gpc,
  CASE WHEN lag_ms < 0 THEN 'ahead' WHEN lag_ms < 1000 THEN 'under_1s' WHEN lag_ms < 10000 THEN 'under_10s'
       WHEN lag_ms < 60000 THEN 'under_1m' WHEN lag_ms < 3600000 THEN 'under_1h'
       WHEN lag_ms < 86400000 THEN 'under_1d' ELSE 'over_1d' END AS lag
FROM (
  SELECT site, idx,
    substr(json_extract(record, '$.time'), 1, 10) AS day,
    json_extract(record, '$.action') AS action,
    (SELECT COUNT(*) FROM json_each(record, '$.purposes') WHERE value = 1) AS granted,
    (SELECT COUNT(*) FROM json_each(record, '$.purposes') WHERE value = 0) AS refused,
    COALESCE(json_extract(record, '$.jurisdiction'), '') AS jurisdiction,
    COALESCE(json_extract(record, '$.language'), '') AS language,
    COALESCE(json_extract(record, '$.revision'), '') AS revision,
    CASE WHEN json_type(record, '$.ui') IS NULL OR json_type(record, '$.ui') = 'null' THEN 'none'
         WHEN json_extract(record, '$.ui.surface') = 'preferences' AND json_type(record, '$.ui.first_layer') = 'object' THEN 'preferences_after_banner'
         WHEN json_extract(record, '$.ui.surface') IS NOT NULL THEN json_extract(record, '$.ui.surface')
         WHEN json_extract(record, '$.ui.layer') = 1 THEN 'banner'
         WHEN json_extract(record, '$.ui.layer') = 2 THEN 'preferences'
         ELSE 'other' END AS layer,
    COALESCE(json_extract(record, '$.signals.gpc'), 0) AS gpc,
    CAST(round((julianday(logged_at) - julianday(json_extract(record, '$.time'))) * 86400000) AS INTEGER) AS lag_ms
  FROM entries
);

-- Each record once per dimension: 'all' (key ''), jurisdiction, language, layer, revision, gpc ('true' or
-- 'false') and lag (the sync lag bucket). The dimensions come from json_each rather than a UNION ALL, which D1
-- limits to few terms.
CREATE VIEW IF NOT EXISTS consent_dims AS
SELECT f.site, f.idx, d.value AS dim,
  CASE d.value WHEN 'all' THEN '' WHEN 'jurisdiction' THEN f.jurisdiction WHEN 'language' THEN f.language
    WHEN 'layer' THEN f.layer WHEN 'revision' THEN f.revision WHEN 'gpc' THEN CASE WHEN f.gpc THEN 'true' ELSE 'false' END
    ELSE f.lag END AS key,
  f.day, f.action, f.granted, f.refused
FROM consent_facts f, json_each('["all","jurisdiction","language","layer","revision","gpc","lag"]') d;

-- Records per site, dimension, day, value and choice. The primary key is the index every dashboard query
-- reads by (a site's dimension over a day range), so a query reads at most days x values x choices rows
-- whatever the number of records.
CREATE TABLE IF NOT EXISTS consent_daily (
  site TEXT NOT NULL, dim TEXT NOT NULL, day TEXT NOT NULL, key TEXT NOT NULL, action TEXT NOT NULL,
  granted INTEGER NOT NULL, refused INTEGER NOT NULL,   -- purposes true / false in the record
  n INTEGER NOT NULL,
  PRIMARY KEY (site, dim, day, key, action, granted, refused)
) WITHOUT ROWID;

-- Each purpose's state in the choices (accept_all, reject_all, save, withdraw) per site and day.
CREATE TABLE IF NOT EXISTS consent_purpose_daily (
  site TEXT NOT NULL, day TEXT NOT NULL, purpose TEXT NOT NULL, granted INTEGER NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (site, day, purpose, granted)
) WITHOUT ROWID;

-- The entries already logged.
INSERT INTO consent_daily (site, dim, day, key, action, granted, refused, n)
SELECT site, dim, day, key, action, granted, refused, COUNT(*)
FROM consent_dims WHERE true GROUP BY site, dim, day, key, action, granted, refused
ON CONFLICT DO NOTHING;
INSERT INTO consent_purpose_daily (site, day, purpose, granted, n)
SELECT e.site, substr(json_extract(e.record, '$.time'), 1, 10), p.key, p.value, COUNT(*)
FROM entries e, json_each(e.record, '$.purposes') p
WHERE json_extract(e.record, '$.action') IN ('accept_all', 'reject_all', 'save', 'withdraw')
GROUP BY 1, 2, 3, 4
ON CONFLICT DO NOTHING;

-- New entries.
CREATE TRIGGER IF NOT EXISTS entries_consent_daily AFTER INSERT ON entries
BEGIN
  INSERT INTO consent_daily (site, dim, day, key, action, granted, refused, n)
  SELECT site, dim, day, key, action, granted, refused, 1
  FROM consent_dims WHERE site = NEW.site AND idx = NEW.idx
  ON CONFLICT (site, dim, day, key, action, granted, refused) DO UPDATE SET n = n + 1;
  INSERT INTO consent_purpose_daily (site, day, purpose, granted, n)
  SELECT NEW.site, substr(json_extract(NEW.record, '$.time'), 1, 10), p.key, p.value, 1
  FROM json_each(NEW.record, '$.purposes') p
  WHERE json_extract(NEW.record, '$.action') IN ('accept_all', 'reject_all', 'save', 'withdraw')
  ON CONFLICT (site, day, purpose, granted) DO UPDATE SET n = n + 1;
END;
