"""The store: the database and its models, the lock, migrations, the quick read-only views."""
