"""The call log: contacts with creditors and their follow-ups, and the rules collectors must
follow, checked against it."""
