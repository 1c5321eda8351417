from __future__ import annotations

import json

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_http_methods

from setdown.drafts import services


@login_required
@require_http_methods(["GET", "POST"])
def draft(request: HttpRequest, key: str) -> HttpResponse:
    """GET the server copy of a draft; POST a new copy (JSON object of field: text)."""
    if not services.draft_key_ok(key):
        return HttpResponseBadRequest("bad draft key")
    if request.method == "POST":
        try:
            data = json.loads(request.body or b"{}")
        except ValueError:
            return HttpResponseBadRequest("drafts are JSON objects")
        if not isinstance(data, dict):
            return HttpResponseBadRequest("drafts are JSON objects")
        services.draft_save(user=request.user, key=key, data=data)
        return JsonResponse({"saved": True})
    return JsonResponse({"data": services.draft_get(user=request.user, key=key)})
