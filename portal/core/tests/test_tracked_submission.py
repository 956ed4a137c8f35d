"""Every kind of citizen submission shares one shape: code, secret digest, consent, key."""

from __future__ import annotations

from datetime import date

import pytest
from django.apps import apps

from portal.core.models.submissions import TrackedSubmission, secret_digest


def test_every_citizen_submission_is_a_tracked_submission():
    kinds = {m.__name__ for m in apps.get_models() if issubclass(m, TrackedSubmission)}
    assert kinds == {"Dossier", "Question", "ConsultationComment"}


def test_a_secret_is_kept_only_as_its_digest_and_checked_in_constant_time():
    comment = apps.get_model("consultations", "ConsultationComment")()
    secret = comment.set_secret()
    assert secret not in comment.secret_digest and comment.secret_digest == secret_digest(secret)
    assert comment.check_secret(secret) and comment.check_secret(f"  {secret} ")
    assert not comment.check_secret("sai") and not type(comment)().check_secret("")


@pytest.mark.parametrize(
    ("model", "prefix"),
    [("questions.Question", "HD-"), ("consultations.ConsultationComment", "GY-")],
)
def test_codes_carry_the_kind_and_the_day(model, prefix):
    record = (
        apps.get_model(model)(kind="hoi_dap") if "Question" in model else apps.get_model(model)()
    )
    code = record.new_code(date(2026, 12, 8))
    assert code.startswith(f"{prefix}261208-") and len(code) == len(prefix) + 13
