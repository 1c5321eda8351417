from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils import timezone

from setdown.portability import reader
from setdown.portability.schema import Bundle, ImportProblem


class ImportForm(forms.Form):
    file = forms.FileField(
        label="A journal file",
        help_text="A Setdown export (.json), a Day One export (.json or .zip), "
        "or a jrnl export made with <code>jrnl --export json</code>.",
        error_messages={
            "required": "Choose a file to bring in.",
            "empty": "This file is empty.",
            "invalid": "Choose a file to bring in.",
        },
        widget=forms.ClearableFileInput(
            attrs={"accept": ".json,.zip,application/json,application/zip"}
        ),
    )

    bundle: Bundle | None = None

    def clean_file(self):
        upload = self.cleaned_data["file"]
        limit = settings.SETDOWN_IMPORT_MAX_BYTES
        if upload.size > limit:
            raise forms.ValidationError(
                f"This file is larger than {reader.size_words(limit)}, which is the limit."
            )
        try:
            self.bundle = reader.read(
                upload.read(limit + 1), max_bytes=limit, tz=timezone.get_current_timezone()
            )
        except ImportProblem as problem:
            raise forms.ValidationError(str(problem)) from None
        if not self.bundle.count():
            raise forms.ValidationError("This file has nothing in it to bring in.")
        return upload
