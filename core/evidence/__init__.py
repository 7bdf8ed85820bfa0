"""Evidence files: the content-addressed store and its export."""
