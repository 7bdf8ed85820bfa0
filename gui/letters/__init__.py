"""The letter and brief dialogs and the builder that makes their PDFs off the GUI thread."""
