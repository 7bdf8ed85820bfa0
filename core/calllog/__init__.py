"""The call log: contacts with creditors and their follow-ups."""
