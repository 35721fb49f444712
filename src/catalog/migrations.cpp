#include "catalog/migrations.h"

namespace kc::catalog {

// JSON columns hold the nested model parts (core/model_json.h); they are
// opaque to SQL on purpose: the model evolves faster than the schema.
// Timestamps are ISO 8601 with the fixed +07:00 offset, so text order is time order.
const std::vector<Migration>& migrations() {
    static const std::vector<Migration> k_migrations{
        {1,
         "submissions, documents, cache, meta",
         {
             R"(CREATE TABLE submissions (
                  id           TEXT PRIMARY KEY NOT NULL,
                  unit         TEXT NOT NULL,
                  file         TEXT NOT NULL,
                  sha256       TEXT NOT NULL,
                  received_at  TEXT NOT NULL,
                  rules        TEXT NOT NULL,
                  status       TEXT NOT NULL,
                  reasons_json TEXT NOT NULL DEFAULT '[]'))",
             "CREATE INDEX submissions_sha256 ON submissions(sha256)",
             R"(CREATE TABLE documents (
                  id                   TEXT PRIMARY KEY NOT NULL,
                  submission           TEXT NOT NULL REFERENCES submissions(id),
                  sha256               TEXT,
                  submitted_by         TEXT NOT NULL,
                  path_in_archive      TEXT NOT NULL,
                  format               TEXT NOT NULL,
                  text_source          TEXT NOT NULL,
                  pages                INTEGER NOT NULL,
                  header_json          TEXT NOT NULL,
                  classification_json  TEXT NOT NULL,
                  classifications_json TEXT NOT NULL,
                  signature_json       TEXT NOT NULL,
                  verdict              TEXT NOT NULL,
                  reasons_json         TEXT NOT NULL DEFAULT '[]',
                  refused              INTEGER NOT NULL CHECK (refused IN (0, 1))))",
             "CREATE INDEX documents_sha256 ON documents(sha256)",
             // Per-content results keyed by the stage's own version, so a new
             // extractor/validator version simply misses instead of reusing stale output.
             R"(CREATE TABLE cache (
                  stage      TEXT NOT NULL,
                  sha256     TEXT NOT NULL,
                  version    TEXT NOT NULL,
                  json       TEXT NOT NULL,
                  created_at TEXT NOT NULL,
                  PRIMARY KEY (stage, sha256, version)) WITHOUT ROWID)",
             R"(CREATE TABLE meta (
                  key   TEXT PRIMARY KEY NOT NULL,
                  value TEXT NOT NULL) WITHOUT ROWID)",
         }},
        {2,
         "index documents by submission for per-submission listings and reports",
         {
             // documents_of() filters by submission and orders by path; without
             // this a yearly catalog (tens of thousands of rows) is scanned per call.
             "CREATE INDEX documents_submission ON documents(submission, path_in_archive)",
         }},
        {3,
         "facts and reviewer decisions: appended, never updated or deleted",
         {
             // An `unset` is a new row (action 'unset'), so the record of who
             // said what and when is never lost; the judge takes the latest row.
             R"(CREATE TABLE facts (
                  seq      INTEGER PRIMARY KEY AUTOINCREMENT,
                  kind     TEXT NOT NULL,
                  key      TEXT NOT NULL,
                  value    TEXT NOT NULL DEFAULT '',
                  action   TEXT NOT NULL CHECK (action IN ('set', 'unset')),
                  document TEXT NOT NULL DEFAULT '',
                  author   TEXT NOT NULL,
                  comment  TEXT NOT NULL DEFAULT '',
                  at       TEXT NOT NULL))",
             R"(CREATE TABLE decisions (
                  seq      INTEGER PRIMARY KEY AUTOINCREMENT,
                  document TEXT NOT NULL,
                  action   TEXT NOT NULL CHECK (action IN ('accept', 'reject', 'reclassify', 'correct', 'withdraw')),
                  product  TEXT NOT NULL DEFAULT '',
                  field    TEXT NOT NULL DEFAULT '',
                  value    TEXT NOT NULL DEFAULT '',
                  author   TEXT NOT NULL,
                  comment  TEXT NOT NULL,
                  at       TEXT NOT NULL))",
             "CREATE TRIGGER facts_append_only_u BEFORE UPDATE ON facts BEGIN SELECT RAISE(ABORT, 'facts are append-only'); END",
             "CREATE TRIGGER facts_append_only_d BEFORE DELETE ON facts BEGIN SELECT RAISE(ABORT, 'facts are append-only'); END",
             "CREATE TRIGGER decisions_append_only_u BEFORE UPDATE ON decisions BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END",
             "CREATE TRIGGER decisions_append_only_d BEFORE DELETE ON decisions BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END",
         }},
        {4,
         "the province's appraised scores: appended per import, the latest per unit and criterion in force",
         {
             // catalog/appraisal_store.cpp; points as text ("2.75") so every backend keeps them exact.
             R"(CREATE TABLE appraisals (
                  seq           INTEGER PRIMARY KEY AUTOINCREMENT,
                  unit          TEXT NOT NULL,
                  criterion     TEXT NOT NULL,
                  points        TEXT NOT NULL,
                  comment       TEXT NOT NULL DEFAULT '',
                  source        TEXT NOT NULL DEFAULT '',
                  source_sha256 TEXT NOT NULL DEFAULT '',
                  author        TEXT NOT NULL,
                  at            TEXT NOT NULL))",
             "CREATE INDEX appraisals_key ON appraisals(unit, criterion, seq)",
         }},
        {5,
         "first copies: one non-duplicate submission per drop sha256, even when two workers record it at once",
         {
             // Claimed in the transaction that records the submission (Catalog::claim_first_copy),
             // before the submission row is inserted (hence the deferred foreign key): the key,
             // not a read before the write, decides which copy is first.
             R"(CREATE TABLE first_copies (
                  sha256     TEXT PRIMARY KEY NOT NULL,
                  submission TEXT NOT NULL REFERENCES submissions(id) DEFERRABLE INITIALLY DEFERRED) WITHOUT ROWID)",
             // Existing catalogs: the earliest non-duplicate per sha256 (as first_submission_with_sha256).
             R"(INSERT INTO first_copies (sha256, submission)
                SELECT s.sha256, s.id FROM submissions s WHERE s.status <> 'duplicate' AND NOT EXISTS (
                  SELECT 1 FROM submissions t WHERE t.sha256 = s.sha256 AND t.status <> 'duplicate'
                  AND (t.received_at < s.received_at OR (t.received_at = s.received_at AND t.id < s.id))))",
         }},
    };
    return k_migrations;
}

int latest_version() { return migrations().back().version; }

}  // namespace kc::catalog
