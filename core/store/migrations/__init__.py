"""Alembic migrations of the store. Each new revision is added to KNOWN_REVISIONS and becomes
HEAD_REVISION; a test checks these agree with the scripts in `versions/`."""

KNOWN_REVISIONS = ("0001_baseline", "0002_statement_history", "0003_conduct_and_country",
                   "0004_calendar_id", "0005_calllog_search", "0006_ref_by_length")
HEAD_REVISION = KNOWN_REVISIONS[-1]
