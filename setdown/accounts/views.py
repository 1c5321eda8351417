from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from setdown.accounts import services
from setdown.accounts.forms import DeleteAccountForm, OnboardingForm


@login_required
def welcome(request: HttpRequest) -> HttpResponse:
    first_time = request.user.onboarded_at is None
    form = OnboardingForm(request.POST if request.method == "POST" else None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        services.user_onboard(user=request.user, **{k: form.cleaned_data[k] for k in form.fields})
        if first_time:
            return redirect("front:home")
        messages.success(request, "Saved.")
        return redirect("accounts:settings")
    return render(request, "accounts/welcome.html", {"form": form, "first_time": first_time})


@login_required
def settings_page(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/settings.html")


@login_required
def delete_account(request: HttpRequest) -> HttpResponse:
    form = DeleteAccountForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        services.user_delete(user=user)
        return redirect("front:deleted")
    return render(request, "accounts/delete.html", {"form": form})
