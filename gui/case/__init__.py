"""The case as a whole: the situation dialog, backups, import and export."""
