def saved_drafts(request) -> dict:
    """Draft keys whose words the server has stored; the browser forgets its copies."""
    session = getattr(request, "session", None)
    if session is None:
        return {"saved_drafts": []}
    return {"saved_drafts": session.pop("setdown_saved_drafts", [])}
