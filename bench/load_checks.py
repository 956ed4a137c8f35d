"""What the submissions bench (`submit_load.py`) checks after the load, in the database and on
disk, through the ORM with the server's own settings.

- Every submission a citizen got a receipt for is stored exactly once (matched by its unique
  name) under the code the citizen was shown; codes are unique; no half record (a dossier
  without its file rows or files, a question whose attachment is missing).
- A final submit cut off and sent again either found the record the cut-off request had stored
  (stored before it was sent again) or stored it itself.
- Every file under PRIVATE_MEDIA_ROOT is claimed by a record, or held by the draft of a
  citizen who never got to submit (step-1 uploads in the session), or by nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from load_flows import Result, Target

KINDS = ("dossier", "question")


class Stored(NamedTuple):
    code: str
    whole: bool  # all its file rows, every file on disk
    at: Any  # submitted_at


Records = dict[str, dict[str, list[Stored]]]  # kind -> name -> records stored under that name


def stored_records(run_id: str, papers: int) -> Records:
    """kind -> name -> the records stored under that (unique) name."""
    from portal.dossiers.models import Dossier
    from portal.dossiers.storage import private_storage
    from portal.questions.models import Question

    storage = private_storage()
    found: Records = {kind: {} for kind in KINDS}
    dossiers = Dossier.objects.filter(full_name__startswith=f"Đo tải {run_id} ")
    for dossier in dossiers.prefetch_related("files"):
        files = list(dossier.files.all())
        whole = len(files) == papers and all(storage.exists(f.file.name) for f in files)
        row = Stored(dossier.code, whole, dossier.submitted_at)
        found["dossier"].setdefault(dossier.full_name, []).append(row)
    for question in Question.objects.filter(name__startswith=f"Hỏi đáp {run_id} "):
        attachment = question.attachment
        whole = bool(attachment) and attachment.storage.exists(attachment.name)
        row = Stored(question.code, whole, question.submitted_at)
        found["question"].setdefault(question.name, []).append(row)
    return found


def resend_outcome(result: Result, rows: list[Stored]) -> str:
    """For a final submit sent again after a cut-off: did the cut-off request store it?"""
    resent = result.resent.get("submit")
    if resent is None or not rows:
        return ""
    if min(row.at.timestamp() for row in rows) < resent:
        return "stored by the cut-off request, shown again"
    if result.new_challenge:
        return "stored after answering a new arithmetic question"
    return "stored by the resend"


@dataclass
class Check:
    kind: str
    ok: int
    stored_once: int  # citizens with a receipt whose submission is stored once, same code
    lost: list[str]
    duplicated: list[str]
    without_receipt: list[str]
    half: list[str]
    codes_unique: bool
    shown_again: int  # final submits cut off after the commit: the resend found the record
    stored_by_resend: int  # final submits cut off before the commit: the resend stored it
    new_challenge: int  # of those, questions whose form came back with a new question

    @property
    def problems(self) -> bool:
        wrong = self.stored_once != self.ok or not self.codes_unique
        return wrong or bool(self.lost or self.duplicated or self.half)


def check_kind(kind: str, results: list[Result], records: dict[str, list[Stored]]) -> Check:
    mine = [r for r in results if r.kind == kind]
    ok = [r for r in mine if r.ok]
    codes = [row.code for rows in records.values() for row in rows]
    outcomes = [resend_outcome(r, records.get(r.name, [])) for r in ok]
    return Check(
        kind=kind,
        ok=len(ok),
        stored_once=sum(1 for r in ok if [s.code for s in records.get(r.name, [])] == [r.code]),
        lost=[r.name for r in ok if r.name not in records],
        duplicated=[name for name, rows in records.items() if len(rows) > 1],
        without_receipt=[r.name for r in mine if not r.ok and r.name in records],
        half=[f"{name} {s.code}" for name, rows in records.items() for s in rows if not s.whole],
        codes_unique=len(codes) == len(set(codes)),
        shown_again=sum(1 for o in outcomes if o.endswith("shown again")),
        stored_by_resend=sum(1 for o in outcomes if o and not o.endswith("shown again")),
        new_challenge=sum(1 for r in ok if r.new_challenge),
    )


@dataclass
class Census:
    questions: str  # the folder of question attachments, under PRIVATE_MEDIA_ROOT
    on_disk: set[str]  # paths under PRIVATE_MEDIA_ROOT
    claimed: set[str]  # referenced by a DossierFile or a Question.attachment
    held: dict[str, Result]  # unclaimed step-1 uploads in the draft of a citizen's session

    @property
    def unclaimed(self) -> set[str]:
        """Claimed by nothing: neither by a record nor by a draft."""
        return self.on_disk - self.claimed - set(self.held)

    def count(self, kind: str, paths: set[str]) -> int:
        inside = f"{self.questions}/"
        return sum(1 for path in paths if path.startswith(inside) == (kind == "question"))


def file_census(target: Target, results: list[Result]) -> Census:
    from importlib import import_module

    from django.conf import settings

    from portal.dossiers.models import DossierFile
    from portal.questions.models import Question

    root = Path(settings.PRIVATE_MEDIA_ROOT)
    on_disk = {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}
    questions = "questions"  # the attachments' folder of the private storage
    claimed = set(DossierFile.objects.values_list("file", flat=True))
    attachments = Question.objects.exclude(attachment="").values_list("attachment", flat=True)
    claimed |= {f"{questions}/{name}" for name in attachments}
    store = import_module(settings.SESSION_ENGINE).SessionStore
    held: dict[str, Result] = {}
    for result in [r for r in results if r.session_key]:
        draft = (
            store(session_key=result.session_key).load().get(f"dossier_draft_{target.procedure}")
        )
        for stored in (draft or {"files": {}})["files"].values():
            if stored["path"] in on_disk - claimed:
                held[stored["path"]] = result
    return Census(questions, on_disk, on_disk & claimed, held)
