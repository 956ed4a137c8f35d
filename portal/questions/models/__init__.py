from __future__ import annotations

from .published import PublishedQuestion
from .questions import (
    ANSWER,
    CLOSED,
    CODE_PREFIX,
    MODERATE,
    SUBMIT_ANSWER,
    EventKind,
    Kind,
    Question,
    QuestionEvent,
    RejectReason,
    Status,
)

__all__ = [
    "ANSWER",
    "CLOSED",
    "CODE_PREFIX",
    "MODERATE",
    "SUBMIT_ANSWER",
    "EventKind",
    "Kind",
    "PublishedQuestion",
    "Question",
    "QuestionEvent",
    "RejectReason",
    "Status",
]
