"""Objects a parent owns, of every kind, for tests that need a full account.

`fill_everything` must make at least one row of every model that has a user
(tests/accounts checks it), and OBJECT_URLS must name a maker for every URL that
takes an object id (tests/test_access.py checks it).
"""

from __future__ import annotations

from django.utils import timezone

from setdown.drafts.models import Draft
from setdown.journal.models import Note
from setdown.journal.services import journal_index_object
from setdown.practices import models as pm
from setdown.safety.models import SafetyPlan


def make_rule(user, **kw):
    kw = {"rule": "A good mum never sits down", "source": "family", "verdict": "tradition", **kw}
    return _indexed(pm.ExaminedRule.objects.create(user=user, **kw))


def make_moment(user, **kw):
    kw = {
        "activity": "Puddle walk",
        "planned_for": timezone.now() + timezone.timedelta(days=1),
        **kw,
    }
    return _indexed(pm.ConnectionMoment.objects.create(user=user, **kw))


def make_phrase(user, **kw):
    return _indexed(pm.Phrase.objects.create(user=user, **{"text": "Tired, not failing.", **kw}))


def make_boundary(user, **kw):
    kw = {"source": "A parenting account", "kind": "mute", **kw}
    return _indexed(pm.Boundary.objects.create(user=user, **kw))


def make_boundary_check(user, **kw):
    boundary = kw.pop("boundary", None) or make_boundary(user)
    kw = {"week_of": timezone.localdate(), "held": "yes", "felt": "Lighter", **kw}
    return pm.BoundaryCheck.objects.create(user=user, boundary=boundary, **kw)


def make_belief(user, **kw):
    kw = {"old_belief": "Rest is lazy", "new_truth": "Rest is care", **kw}
    return _indexed(pm.RewrittenBelief.objects.create(user=user, **kw))


def make_script(user, **kw):
    return _indexed(
        pm.RepairScript.objects.create(user=user, **{"script": "I'm sorry I shouted.", **kw})
    )


def make_repair_log(user, **kw):
    return _indexed(pm.RepairLog.objects.create(user=user, **{"what_happened": "Shouted", **kw}))


def make_note(user, **kw):
    return _indexed(Note.objects.create(user=user, **{"text": "An old journal page", **kw}))


def _indexed(obj):
    journal_index_object(obj)
    return obj


def fill_everything(user) -> dict:
    made = {
        "safety_plan": SafetyPlan.objects.create(user=user, warning_signs="not sleeping"),
        "draft": Draft.objects.create(user=user, key="checkin/new", data={"what": "a draft"}),
        "rule": make_rule(user),
        "moment": make_moment(user),
        "phrase": make_phrase(user),
        "boundary_check": make_boundary_check(user),
        "belief": make_belief(user),
        "script": make_script(user),
        "repair_log": make_repair_log(user),
        "note": make_note(user),
        "checkin": make_checkin(user),
        "coach_of_mine": make_link(parent=user),
        "parent_i_coach": make_link(coach=user),
    }
    return made


def _practice_kwargs(user) -> list[dict]:
    return [
        {"kind": "rules", "pk": make_rule(user).pk},
        {"kind": "moments", "pk": make_moment(user).pk},
        {"kind": "phrases", "pk": make_phrase(user).pk},
        {"kind": "boundaries", "pk": make_boundary(user).pk},
        {"kind": "beliefs", "pk": make_belief(user).pk},
        {"kind": "repair", "pk": make_script(user).pk},
    ]


# URL name -> maker of the URL's kwargs for an object `user` owns.
OBJECT_URLS: dict = {
    "practices:edit": _practice_kwargs,
    "practices:delete": _practice_kwargs,
    "practices:moment_close": lambda user: {"pk": make_moment(user).pk},
    "practices:moment_ics": lambda user: {"pk": make_moment(user).pk},
    "practices:phrase_up": lambda user: {"pk": make_phrase(user).pk},
    "practices:phrase_down": lambda user: {"pk": make_phrase(user).pk},
    "practices:boundary_pause": lambda user: {"pk": make_boundary(user).pk},
    "practices:boundary_resume": lambda user: {"pk": make_boundary(user, active=False).pk},
    "practices:boundary_check_new": lambda user: {"pk": make_boundary(user).pk},
    "practices:boundary_check_edit": lambda user: {"pk": make_boundary_check(user).pk},
    "practices:boundary_check_delete": lambda user: {"pk": make_boundary_check(user).pk},
    "practices:repair_practised": lambda user: {"pk": make_script(user).pk},
    "practices:repair_log_edit": lambda user: {"pk": make_repair_log(user).pk},
    "practices:repair_log_delete": lambda user: {"pk": make_repair_log(user).pk},
}


def make_checkin(user, **kw):
    from setdown.checkins.models import CheckIn
    from setdown.insights.services import daystat_after_change

    kw = {"what": "Missed bedtime again", "heavy_before": 7, "drivers": "roles", **kw}
    checkin = _indexed(CheckIn.objects.create(user=user, **kw))
    daystat_after_change(checkin)
    return checkin


OBJECT_URLS.update(
    {
        f"checkins:{name}": (lambda user: {"pk": make_checkin(user).pk})
        for name in ("detail", "drivers", "finish", "edit", "delete", "later")
    }
)

OBJECT_URLS.update(
    {
        "journal:note": lambda user: {"pk": make_note(user).pk},
        "journal:note_delete": lambda user: {"pk": make_note(user).pk},
    }
)


def _someone_else(user, role: str):
    from setdown.accounts.models import User

    email = f"{role}-{User.objects.count() + 1}-of-{user.pk}@example.org"
    return User.objects.create_user(email=email, password="a calm long password 42")


def make_invite(coach, **kw):
    from setdown.coaching.services import invite_create

    link, _token = invite_create(coach=coach, coach_name=kw.get("coach_name", "Dana, coach"))
    return link


def make_link(*, coach=None, parent=None, share_insights=True, groups=("checkin",)):
    """A coach and a parent linked; whichever side is not given is someone new."""
    from setdown.coaching.services import invite_accept

    coach = coach or _someone_else(parent, "coach")
    parent = parent or _someone_else(coach, "parent")
    return invite_accept(
        link=make_invite(coach), parent=parent, share_insights=share_insights, groups=groups
    )


OBJECT_URLS.update(
    {
        "coaching:withdraw": lambda user: {"pk": make_invite(user).pk},
        "coaching:sharing": lambda user: {"pk": make_link(parent=user).pk},
        "coaching:stop": lambda user: {"pk": make_link(parent=user).pk},
        "coaching:parent": lambda user: {"pk": make_link(coach=user).pk},
        "coaching:parent_chart": lambda user: {"pk": make_link(coach=user).pk, "name": "heaviness"},
        "coaching:end": lambda user: {"pk": make_link(coach=user).pk},
    }
)
