"""The Evidence tab: the list, import, preview, thumbnails, the check before sending."""
