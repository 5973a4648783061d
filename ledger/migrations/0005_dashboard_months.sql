-- Assent consent ledger, schema 5: the dashboard's figures per month too. consent_daily and
-- consent_purpose_daily (schema 4) have a row per site, day and value; a view over a year read some 40,000 of
-- them. These two tables hold the same counts summed per month (month = 'YYYY-MM'), kept by triggers on the
-- daily tables, so a view reads whole months here and only the days at its two ends from the daily tables:
-- a year is a few thousand rows. Each monthly count is the sum of its days' counts, always: a new daily row
-- adds its n, an update of a daily row adds the change of its n.
-- Portable: SQLite (assent serve) and D1 (the Worker); no conditional expression in a trigger body (wrangler's
-- statement splitter).

CREATE TABLE IF NOT EXISTS consent_monthly (
  site TEXT NOT NULL, dim TEXT NOT NULL, month TEXT NOT NULL, key TEXT NOT NULL, action TEXT NOT NULL,
  granted INTEGER NOT NULL, refused INTEGER NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (site, dim, month, key, action, granted, refused)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS consent_purpose_monthly (
  site TEXT NOT NULL, month TEXT NOT NULL, purpose TEXT NOT NULL, granted INTEGER NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (site, month, purpose, granted)
) WITHOUT ROWID;

-- The days already counted.
INSERT INTO consent_monthly (site, dim, month, key, action, granted, refused, n)
SELECT site, dim, substr(day, 1, 7), key, action, granted, refused, SUM(n)
FROM consent_daily WHERE true GROUP BY 1, 2, 3, 4, 5, 6, 7
ON CONFLICT DO NOTHING;
INSERT INTO consent_purpose_monthly (site, month, purpose, granted, n)
SELECT site, substr(day, 1, 7), purpose, granted, SUM(n)
FROM consent_purpose_daily WHERE true GROUP BY 1, 2, 3, 4
ON CONFLICT DO NOTHING;

-- New counts (the triggers of schema 4 insert a daily row, or add 1 to its n).
CREATE TRIGGER IF NOT EXISTS consent_daily_month_insert AFTER INSERT ON consent_daily
BEGIN
  INSERT INTO consent_monthly (site, dim, month, key, action, granted, refused, n)
  VALUES (NEW.site, NEW.dim, substr(NEW.day, 1, 7), NEW.key, NEW.action, NEW.granted, NEW.refused, NEW.n)
  ON CONFLICT (site, dim, month, key, action, granted, refused) DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER IF NOT EXISTS consent_daily_month_update AFTER UPDATE OF n ON consent_daily
BEGIN
  UPDATE consent_monthly SET n = n + NEW.n - OLD.n
  WHERE site = NEW.site AND dim = NEW.dim AND month = substr(NEW.day, 1, 7) AND key = NEW.key
    AND action = NEW.action AND granted = NEW.granted AND refused = NEW.refused;
END;
CREATE TRIGGER IF NOT EXISTS consent_purpose_daily_month_insert AFTER INSERT ON consent_purpose_daily
BEGIN
  INSERT INTO consent_purpose_monthly (site, month, purpose, granted, n)
  VALUES (NEW.site, substr(NEW.day, 1, 7), NEW.purpose, NEW.granted, NEW.n)
  ON CONFLICT (site, month, purpose, granted) DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER IF NOT EXISTS consent_purpose_daily_month_update AFTER UPDATE OF n ON consent_purpose_daily
BEGIN
  UPDATE consent_purpose_monthly SET n = n + NEW.n - OLD.n
  WHERE site = NEW.site AND month = substr(NEW.day, 1, 7) AND purpose = NEW.purpose AND granted = NEW.granted;
END;
