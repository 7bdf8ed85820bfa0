"""The case as a whole: the situation, the case file, the .debtcase archive, backups."""
