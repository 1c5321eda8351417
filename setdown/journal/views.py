from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from setdown.drafts.services import draft_discard
from setdown.journal import present, selectors, services
from setdown.journal.forms import JournalFilterForm, NoteForm

PAGE_SIZE = 10


@login_required
def index(request: HttpRequest) -> HttpResponse:
    form = JournalFilterForm(request.GET or None)
    if form.is_bound:
        form.is_valid()
    try:
        page = max(1, min(int(request.GET.get("page", 1)), 10_000))
    except ValueError:
        page = 1
    entries, has_older = selectors.journal_page_for_user(
        user=request.user, filters=form.filters(), page=page, size=PAGE_SIZE
    )
    rows = [
        (entry, present.show(entry.kind, obj)) for entry, obj in selectors.journal_objects(entries)
    ]
    query = request.GET.copy()
    query.pop("page", None)
    template = (
        "journal/_results.html" if request.headers.get("HX-Request") else "journal/index.html"
    )
    return render(
        request,
        template,
        {
            "form": form,
            "page": page,
            "rows": rows,
            "query": query.urlencode(),
            "filtered": any(form.filters().__dict__.values()),
        },
    )


@login_required
def note_new(request: HttpRequest) -> HttpResponse:
    form = NoteForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        services.note_save(request=request, form=form)
        draft_discard(request, key="journal/new")
        messages.success(request, "Saved to your journal.")
        return redirect("journal:index")
    return render(request, "journal/note_form.html", {"form": form, "draft_key": "journal/new"})


@login_required
def note(request: HttpRequest, pk: int) -> HttpResponse:
    note = selectors.note_get_for_user(user=request.user, pk=pk)
    form = NoteForm(request.POST if request.method == "POST" else None, instance=note)
    draft_key = f"journal/{note.pk}/edit"
    if request.method == "POST" and form.is_valid():
        services.note_save(request=request, form=form)
        draft_discard(request, key=draft_key)
        messages.success(request, "Changes saved.")
        return redirect("journal:note", pk=note.pk)
    return render(
        request, "journal/note_form.html", {"form": form, "note": note, "draft_key": draft_key}
    )


@login_required
def note_delete(request: HttpRequest, pk: int) -> HttpResponse:
    note = selectors.note_get_for_user(user=request.user, pk=pk)
    if request.method == "POST":
        services.note_delete(note=note)
        messages.success(request, "That entry is deleted.")
        return redirect("journal:index")
    return render(request, "journal/note_delete.html", {"note": note})
