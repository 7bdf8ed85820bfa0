"""Letters and briefs: the document, its wording, composing it, and rendering the PDF."""
