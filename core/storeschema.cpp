#include "storeschema_p.h"

namespace iia::storeschema {

QList<QList<const char *>> migrations()
{
    return {
        // Version 1: assessments with their answers, ratings, evidence and revisions; full-text search.
        {
            // The small columns the library list shows come first, and a covering index holds them all, so
            // that listing never reads the large texts (and their overflow pages). Times are milliseconds
            // since the epoch, UTC.
            R"(CREATE TABLE assessment (
                rid INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                title TEXT NOT NULL,
                jurisdiction TEXT NOT NULL DEFAULT '',
                instrument TEXT NOT NULL DEFAULT '',
                stage TEXT NOT NULL DEFAULT '',
                framework_id TEXT NOT NULL,
                framework_version TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                modified_at INTEGER NOT NULL,
                deleted_at INTEGER,
                verdict_exist TEXT NOT NULL DEFAULT 'unassessed',
                verdict_thrive TEXT NOT NULL DEFAULT 'unassessed',
                completion REAL NOT NULL DEFAULT 0,
                authors TEXT NOT NULL DEFAULT '',
                contributors TEXT NOT NULL DEFAULT '',
                version_label TEXT NOT NULL DEFAULT '',
                brief_date TEXT NOT NULL DEFAULT '',
                planning TEXT NOT NULL DEFAULT '{}',
                summary TEXT NOT NULL DEFAULT '',
                conclusions TEXT NOT NULL DEFAULT '',
                recommendations TEXT NOT NULL DEFAULT '',
                draft_source TEXT NOT NULL DEFAULT '',
                draft_text TEXT NOT NULL DEFAULT ''
            ))",
            R"(CREATE INDEX assessment_list ON assessment (
                deleted_at, modified_at DESC, id, title, jurisdiction, instrument, stage, framework_id,
                framework_version, created_at, verdict_exist, verdict_thrive, completion
            ))",
            R"(CREATE TABLE answer (
                rid INTEGER NOT NULL REFERENCES assessment (rid) ON DELETE CASCADE,
                question TEXT NOT NULL,
                value TEXT NOT NULL,
                note TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (rid, question)
            ) WITHOUT ROWID)",
            R"(CREATE TABLE rating (
                rid INTEGER NOT NULL REFERENCES assessment (rid) ON DELETE CASCADE,
                item TEXT NOT NULL,
                impact TEXT NOT NULL DEFAULT '',
                direction TEXT NOT NULL DEFAULT '',
                strength TEXT NOT NULL DEFAULT '',
                how_affected TEXT NOT NULL DEFAULT '',
                effect_on_people TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (rid, item)
            ) WITHOUT ROWID)",
            R"(CREATE TABLE evidence (
                rid INTEGER NOT NULL REFERENCES assessment (rid) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                id TEXT NOT NULL,
                target TEXT NOT NULL,
                target_id TEXT NOT NULL,
                start INTEGER NOT NULL,
                length INTEGER NOT NULL,
                quote TEXT NOT NULL,
                clause TEXT NOT NULL DEFAULT '',
                note TEXT NOT NULL DEFAULT '',
                created_at INTEGER,
                PRIMARY KEY (rid, id)
            ) WITHOUT ROWID)",
            R"(CREATE TABLE revision (
                rid INTEGER NOT NULL REFERENCES assessment (rid) ON DELETE CASCADE,
                number INTEGER NOT NULL,
                created_at INTEGER NOT NULL,
                label TEXT NOT NULL DEFAULT '',
                snapshot TEXT NOT NULL,
                PRIMARY KEY (rid, number)
            ) WITHOUT ROWID)",
            R"(CREATE VIRTUAL TABLE assessment_fts USING fts5 (
                title, jurisdiction, summary, draft_text, conclusions, recommendations,
                content = 'assessment', content_rowid = 'rid',
                tokenize = 'unicode61 remove_diacritics 2'
            ))",
            R"(CREATE TRIGGER assessment_fts_insert AFTER INSERT ON assessment BEGIN
                INSERT INTO assessment_fts (rowid, title, jurisdiction, summary, draft_text, conclusions, recommendations)
                VALUES (new.rid, new.title, new.jurisdiction, new.summary, new.draft_text, new.conclusions,
                        new.recommendations);
            END)",
            R"(CREATE TRIGGER assessment_fts_delete AFTER DELETE ON assessment BEGIN
                INSERT INTO assessment_fts (assessment_fts, rowid, title, jurisdiction, summary, draft_text,
                                            conclusions, recommendations)
                VALUES ('delete', old.rid, old.title, old.jurisdiction, old.summary, old.draft_text, old.conclusions,
                        old.recommendations);
            END)",
            R"(CREATE TRIGGER assessment_fts_update
                AFTER UPDATE OF title, jurisdiction, summary, draft_text, conclusions, recommendations ON assessment
            BEGIN
                INSERT INTO assessment_fts (assessment_fts, rowid, title, jurisdiction, summary, draft_text,
                                            conclusions, recommendations)
                VALUES ('delete', old.rid, old.title, old.jurisdiction, old.summary, old.draft_text, old.conclusions,
                        old.recommendations);
                INSERT INTO assessment_fts (rowid, title, jurisdiction, summary, draft_text, conclusions, recommendations)
                VALUES (new.rid, new.title, new.jurisdiction, new.summary, new.draft_text, new.conclusions,
                        new.recommendations);
            END)",
        },
        // Version 2: a small key-value table for the library's own bookkeeping (the day of the last
        // integrity check), so that it travels with the file and its backups.
        {
            R"(CREATE TABLE app_state (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            ) WITHOUT ROWID)",
        },
    };
}

} // namespace iia::storeschema
