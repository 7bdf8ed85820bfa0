"""The Plan tab: the editor, terms table, summary, schedule, chart and comparison."""
