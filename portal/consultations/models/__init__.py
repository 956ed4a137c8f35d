from __future__ import annotations

from portal.consultations.models.comments import CODE_PREFIX, ConsultationComment
from portal.consultations.models.consultation import Consultation, DraftArticle, DraftFile

__all__ = ["CODE_PREFIX", "Consultation", "ConsultationComment", "DraftArticle", "DraftFile"]
