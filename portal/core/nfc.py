"""Store every text as Unicode NFC (TCVN 6909:2001): a model mixin and a form mixin."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db import models
from django.http import QueryDict
from django.utils.datastructures import MultiValueDict

from portal.text import nfc, nfc_deep


def normalise_instance(instance: models.Model) -> None:
    """NFC-normalise every char/text field value of a model instance in place."""
    for field in instance._meta.concrete_fields:
        if isinstance(field, (models.CharField, models.TextField)):
            value = getattr(instance, field.attname)
            if isinstance(value, str):
                setattr(instance, field.attname, nfc(value))
        elif field.get_internal_type() == "JSONField" or _is_stream_field(field):
            _normalise_structured(instance, field)


def _is_stream_field(field: models.Field) -> bool:
    return type(field).__name__ == "StreamField"


def _normalise_structured(instance: models.Model, field: models.Field) -> None:
    value = getattr(instance, field.attname)
    if value is None:
        return
    if _is_stream_field(field):
        raw = field.get_prep_value(value)  # the stream as JSON-ready lists and dicts
        normalised = nfc_deep(raw)
        if normalised != raw:
            setattr(instance, field.attname, normalised)  # the descriptor rebuilds the stream
        return
    setattr(instance, field.attname, nfc_deep(value))


class NFCModelMixin(models.Model):
    """Normalise text fields before validation and on save() (NFC can change a text's length,
    so lengths are checked on the normalised text)."""

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        normalise_instance(self)
        super().save(*args, **kwargs)

    def full_clean(self, *args: Any, **kwargs: Any) -> None:
        normalise_instance(self)
        super().full_clean(*args, **kwargs)

    def clean(self) -> None:
        normalise_instance(self)
        super().clean()


def _nfc_input(data: Any) -> Any:
    """A form's submitted data with every string in NFC (a QueryDict stays a QueryDict, a
    MultiValueDict a MultiValueDict: several values per key survive)."""
    if isinstance(data, MultiValueDict):
        normalised = QueryDict(mutable=True) if isinstance(data, QueryDict) else MultiValueDict()
        for key, values in data.lists():
            normalised.setlist(nfc(key), [nfc(v) if isinstance(v, str) else v for v in values])
        return normalised
    return nfc_deep(data)


class NFCFormMixin(forms.BaseForm):
    """Normalise what was submitted before the fields validate it (a length limit counts the
    stored, normalised text), and every string the fields produce."""

    def full_clean(self) -> None:
        if self.is_bound:
            self.data = _nfc_input(self.data)
        super().full_clean()

    def _clean_fields(self) -> None:
        super()._clean_fields()  # type: ignore[misc]
        self.cleaned_data = nfc_deep(self.cleaned_data)  # type: ignore[assignment]
