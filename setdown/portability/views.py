from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET

from setdown.portability import reader, schema, selectors, services
from setdown.portability.forms import ImportForm
from setdown.portability.markdown import render_markdown
from setdown.portability.pdf import render_pdf

# fmt in the URL -> (file extension, content type)
DOWNLOADS = {
    "json": ("json", "application/json"),
    "markdown": ("md", "text/markdown; charset=utf-8"),
    "pdf": ("pdf", "application/pdf"),
}


@login_required
def index(request: HttpRequest) -> HttpResponse:
    form = ImportForm(request.POST, request.FILES) if request.method == "POST" else ImportForm()
    if form.is_bound and form.is_valid():
        result = services.import_bundle(user=request.user, bundle=form.bundle, request=request)
        messages.success(request, imported_message(result.added, result.skipped))
        return redirect("portability:index")
    max_size = reader.size_words(settings.SETDOWN_IMPORT_MAX_BYTES)
    return render(request, "portability/index.html", {"form": form, "max_size": max_size})


def imported_message(added: int, skipped: int) -> str:
    text = f"Done. {added} {'entry' if added == 1 else 'entries'} added to your journal."
    if skipped:
        text += f" {skipped} had no words (only photos, perhaps), so they stayed out."
    return text


@login_required
@require_GET
def download(request: HttpRequest, fmt: str) -> HttpResponse:
    if fmt not in DOWNLOADS:
        raise Http404
    extension, content_type = DOWNLOADS[fmt]
    document = selectors.export_for_user(user=request.user)
    tz = timezone.get_current_timezone()
    if fmt == "json":
        body: bytes = schema.to_json(document).encode()
    elif fmt == "markdown":
        body = render_markdown(document, tz=tz).encode()
    else:
        body = render_pdf(document, tz=tz)
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = (
        f'attachment; filename="{selectors.export_filename(extension)}"'
    )
    response["Cache-Control"] = "no-store, private"
    return response
